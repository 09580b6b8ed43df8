package dev.settle.reward;

import static dev.settle.reward.RewardRepository.utc;

import dev.settle.reward.provider.RewardClaim;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward processor's side of {@code reward_transaction}, across all tenants. A node <em>takes</em> a batch of
 * due transactions by moving them a lease ahead, then <em>starts</em> each attempt just before calling the
 * provider: the attempt is counted and the lease renewed, guarded by the attempt count it took the row with. Every
 * outcome update is guarded by {@code status = 'SETTLING'} and that attempt number, so a node whose lease ran out
 * (and whose transaction another node took over) can neither start a second call nor overwrite a newer outcome.
 */
@Repository
public class DueRewardRepository {

    // Row locks last only for this short transaction, never during the provider call. On H2, ORDER BY with FOR
    // UPDATE locks every matching row rather than only the fetched ones; harmless here, since a concurrent taker
    // merely finds nothing until the lease is written and committed.
    private static final String SELECT_DUE = """
            SELECT id FROM reward_transaction
            WHERE status = 'SETTLING' AND provider = ? AND next_attempt_at <= ?
            ORDER BY next_attempt_at, id
            LIMIT ?
            FOR UPDATE SKIP LOCKED
            """;
    private static final String TAKE = "UPDATE reward_transaction SET next_attempt_at = ? WHERE id = ?";
    private static final String TAKEN = """
            SELECT t.id, t.tenant_id, o.order_ref, i.instruction_ref, t.reward_id, t.attempts
            FROM reward_transaction t JOIN instruction i ON i.id = t.instruction_id JOIN orders o ON o.id = i.order_id
            WHERE t.id = ?
            """;
    private static final String START_ATTEMPT = """
            UPDATE reward_transaction SET attempts = ?, next_attempt_at = ?, last_updated_at = ?
            WHERE id = ? AND status = 'SETTLING' AND attempts = ?
            """;
    private static final String MARK_SETTLED = """
            UPDATE reward_transaction SET status = 'SETTLED', provider_reference = ?, last_updated_at = ?
            WHERE id = ? AND status = 'SETTLING' AND attempts = ?
            """;
    private static final String MARK_FAILED = """
            UPDATE reward_transaction SET status = 'FAILED', failure_reason = ?, last_updated_at = ?
            WHERE id = ? AND status = 'SETTLING' AND attempts = ?
            """;
    private static final String RETRY_LATER = """
            UPDATE reward_transaction SET next_attempt_at = ?, last_updated_at = ?
            WHERE id = ? AND status = 'SETTLING' AND attempts = ?
            """;
    private static final int MAX_REASON_LENGTH = 500;

    private final JdbcClient jdbc;

    public DueRewardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} SETTLING transactions of {@code provider} that are due at {@code now} by moving
     * them a lease ahead, so no other node takes them until it runs out. Rows another node is taking at this
     * moment are skipped, not waited for.
     *
     * @return the taken transactions, each with the number of the attempt to make next
     */
    @Transactional
    public List<RewardClaim> takeDue(String provider, Instant now, Duration lease, int limit) {
        List<UUID> due = jdbc.sql(SELECT_DUE).params(provider, utc(now), limit).query(UUID.class).list();
        for (UUID id : due) {
            jdbc.sql(TAKE).params(utc(now.plus(lease)), id).update();
        }
        return due.stream().map(id -> jdbc.sql(TAKEN).param(id).query((rs, row) -> new RewardClaim(id,
                rs.getObject("tenant_id", UUID.class), rs.getString("order_ref"), rs.getString("instruction_ref"),
                rs.getString("reward_id"), rs.getInt("attempts") + 1)).single()).toList();
    }

    /**
     * Counts the attempt of a taken transaction and renews its lease from {@code now}, right before the provider
     * is called; false when the transaction was finished or taken over meanwhile, and must not be called.
     */
    public boolean startAttempt(RewardClaim claim, Instant now, Duration lease) {
        return jdbc.sql(START_ATTEMPT).params(claim.attempt(), utc(now.plus(lease)), utc(now), claim.transactionId(),
                claim.attempt() - 1).update() == 1;
    }

    /** SETTLED with the provider's reference; false when {@code claim}'s attempt is no longer the current one. */
    public boolean settled(RewardClaim claim, String providerReference, Instant now) {
        return jdbc.sql(MARK_SETTLED).params(providerReference, utc(now), claim.transactionId(), claim.attempt())
                .update() == 1;
    }

    /** FAILED with the reason (cut to the column's 500 characters); false as for {@link #settled}. */
    public boolean failed(RewardClaim claim, String reason, Instant now) {
        String stored = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        return jdbc.sql(MARK_FAILED).params(stored, utc(now), claim.transactionId(), claim.attempt()).update() == 1;
    }

    /** Still SETTLING, due again at {@code dueAt}; false as for {@link #settled}. */
    public boolean retryAt(RewardClaim claim, Instant dueAt, Instant now) {
        return jdbc.sql(RETRY_LATER).params(utc(dueAt), utc(now), claim.transactionId(), claim.attempt())
                .update() == 1;
    }
}
