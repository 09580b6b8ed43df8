package dev.settle.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reward authorizations and claimed reward transactions as the API writes and reads them, always scoped by
 * tenant. The background side (taking due transactions, recording outcomes) is {@link DueRewardRepository}.
 */
@Repository
public class RewardRepository {

    private static final String AUTHORIZE = """
            INSERT INTO reward_authorization (instruction_id, tenant_id, actor, authorized_at) VALUES (?, ?, ?, ?)
            """;
    private static final String IS_AUTHORIZED = """
            SELECT COUNT(*) FROM reward_authorization WHERE tenant_id = ? AND instruction_id = ?
            """;
    private static final String INSERT_CLAIM = """
            INSERT INTO reward_transaction (id, tenant_id, instruction_id, reward_id, status, provider, attempts,
                created_at, last_updated_at, next_attempt_at)
            VALUES (?, ?, ?, ?, 'SETTLING', ?, 0, ?, ?, ?)
            """;
    private static final String FIND_CLAIM = """
            SELECT id FROM reward_transaction WHERE tenant_id = ? AND instruction_id = ? AND reward_id = ?
            """;
    private static final String FIND_TRANSACTION = """
            SELECT t.id, t.tenant_id, o.order_ref, i.instruction_ref, t.reward_id, t.status, t.provider,
                t.provider_reference, t.failure_reason, t.attempts, t.created_at, t.last_updated_at
            FROM reward_transaction t JOIN instruction i ON i.id = t.instruction_id JOIN orders o ON o.id = i.order_id
            WHERE t.tenant_id = ? AND t.id = ?
            """;

    private final JdbcClient jdbc;

    public RewardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records who authorized the instruction's reward; false when it was already authorized. */
    public boolean authorize(UUID tenantId, long instructionId, String actor, Instant now) {
        try {
            return jdbc.sql(AUTHORIZE).params(instructionId, tenantId, actor, utc(now)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean isAuthorized(UUID tenantId, long instructionId) {
        return jdbc.sql(IS_AUTHORIZED).params(tenantId, instructionId).query(Long.class).single() > 0;
    }

    /**
     * Stores a new claim, SETTLING and due at once.
     *
     * @throws DuplicateKeyException when the instruction's reward id was claimed meanwhile
     */
    public void insertClaim(UUID id, UUID tenantId, long instructionId, String rewardId, String provider,
            Instant now) {
        jdbc.sql(INSERT_CLAIM).params(id, tenantId, instructionId, rewardId, provider, utc(now), utc(now), utc(now))
                .update();
    }

    /** The transaction an earlier claim of this reward id of the instruction created. */
    public Optional<UUID> findClaim(UUID tenantId, long instructionId, String rewardId) {
        return jdbc.sql(FIND_CLAIM).params(tenantId, instructionId, rewardId).query(UUID.class).optional();
    }

    public Optional<RewardTransaction> find(UUID tenantId, UUID transactionId) {
        return jdbc.sql(FIND_TRANSACTION).params(tenantId, transactionId).query(RewardRepository::transaction)
                .optional();
    }

    private static RewardTransaction transaction(ResultSet rs, int row) throws SQLException {
        return new RewardTransaction(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("order_ref"), rs.getString("instruction_ref"), rs.getString("reward_id"),
                RewardStatus.valueOf(rs.getString("status")), rs.getString("provider"),
                rs.getString("provider_reference"), rs.getString("failure_reason"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "last_updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
