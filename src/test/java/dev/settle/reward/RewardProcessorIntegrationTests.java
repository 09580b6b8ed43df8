package dev.settle.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.reward.provider.RewardClaim;
import dev.settle.reward.provider.RewardOutcome;
import dev.settle.reward.provider.RewardProviderUnavailableException;
import dev.settle.support.ApiClient;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.tenancy.TenantAdministration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The processor as several nodes run it: transactions are written straight to the store under a provider code of
 * this test's own, so the servers' background processing (which uses the sandbox) never touches them, and each
 * "node" is a processor with its own clock.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {RewardFixtures.POLL_QUICKLY, RewardFixtures.RETRY_QUICKLY})
class RewardProcessorIntegrationTests {

    private static final Duration LEASE = Duration.ofMinutes(2);

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    DueRewardRepository due;

    String code;
    UUID tenantId;
    long instructionId;
    Instant start;

    @BeforeEach
    void instruction() {
        ApiClient api = RewardFixtures.tenantWithInstructions(port, admin, jdbc, "I1");
        code = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        tenantId = api.key().tenantId();
        instructionId = RewardFixtures.instructionId(jdbc, tenantId, "I1");
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void twoNodesNeverCallTheProviderTwiceForOneTransaction() throws Exception {
        List<UUID> ids = IntStream.range(0, 20).mapToObj(i -> claimed("reward-" + i, code)).toList();
        UUID otherProvider = claimed("reward-other", code + "-B");
        CountingRewardProvider provider = new CountingRewardProvider(code, Duration.ofMillis(20),
                claim -> RewardOutcome.settled("ref-" + claim.transactionId()));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);

        List<Future<Integer>> taken = IntStream.range(0, 2).mapToObj(node -> nodes.submit(() -> {
            RewardProcessor processor = processor(provider, start, 10);
            together.await();
            int total = 0;
            for (int n = processor.processDue(); n > 0; n = processor.processDue()) {
                total += n;
            }
            return total;
        })).toList();
        int first = taken.get(0).get();
        int second = taken.get(1).get();
        nodes.shutdown();

        assertThat(provider.attempts()).containsOnlyKeys(ids).allSatisfy((id, attempts) ->
                assertThat(attempts).containsExactly(1));
        assertThat(provider.overlaps()).isEmpty();
        assertThat(first + second).isEqualTo(20);
        if (onPostgresql()) {
            // SKIP LOCKED shares the work on PostgreSQL; H2 locks every matching row, so one node may take all.
            assertThat(first).as("both nodes took work").isPositive();
            assertThat(second).as("both nodes took work").isPositive();
        }
        assertThat(ids).allSatisfy(id -> {
            Map<String, Object> row = row(id);
            assertThat(row.get("status")).isEqualTo("SETTLED");
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat(row.get("provider_reference")).isEqualTo("ref-" + id);
        });
        assertThat(row(otherProvider).get("status")).as("another provider's transaction").isEqualTo("SETTLING");
    }

    @Test
    void transactionOfANodeThatDiedMidCallIsTakenOverWhenItsLeaseRunsOut() {
        UUID id = claimed("reward-1", code);
        RewardClaim dead = due.takeDue(code, start, LEASE, 10).get(0);
        assertThat(due.startAttempt(dead, start, LEASE)).isTrue();
        CountingRewardProvider provider = new CountingRewardProvider(code, Duration.ZERO,
                claim -> RewardOutcome.settled("ref-" + claim.attempt()));

        int withinLease = processor(provider, start.plus(LEASE).minusSeconds(1), 10).processDue();
        int afterLease = processor(provider, start.plus(LEASE).plusSeconds(1), 10).processDue();

        assertThat(withinLease).isZero();
        assertThat(afterLease).isEqualTo(1);
        assertThat(provider.attempts().get(id)).containsExactly(2);
        assertThat(row(id)).containsEntry("status", "SETTLED").containsEntry("attempts", 2)
                .containsEntry("provider_reference", "ref-2");
    }

    @Test
    void nodeWhoseLeaseRanOutCanNeitherCallNorStoreAnOutcome() {
        UUID id = claimed("reward-1", code);
        RewardClaim slow = due.takeDue(code, start, LEASE, 10).get(0);
        Instant later = start.plus(LEASE).plusSeconds(1);
        CountingRewardProvider provider = new CountingRewardProvider(code, Duration.ZERO,
                claim -> RewardOutcome.settled("ref-of-the-new-node"));

        assertThat(processor(provider, later, 10).processDue()).isEqualTo(1);

        assertThat(due.startAttempt(slow, later, LEASE)).isFalse();
        assertThat(due.failed(slow, "late answer", later)).isFalse();
        assertThat(due.settled(slow, "late-ref", later)).isFalse();
        assertThat(row(id)).containsEntry("status", "SETTLED").containsEntry("provider_reference", "ref-of-the-new-node");
    }

    @Test
    void pendingIsAskedAgainAfterAGrowingBackOffThenGivenUp() {
        UUID id = claimed("reward-1", code);
        CountingRewardProvider provider = new CountingRewardProvider(code, Duration.ZERO, claim -> RewardOutcome.pending());
        Instant second = start.plusSeconds(10);
        Instant third = second.plusSeconds(20);

        assertThat(processor(provider, start, 3).processDue()).isEqualTo(1);
        assertThat(nextAttemptAt(id)).isEqualTo(start.plusSeconds(10));
        assertThat(processor(provider, second.minusMillis(1), 3).processDue()).as("before the back-off").isZero();
        assertThat(processor(provider, second, 3).processDue()).isEqualTo(1);
        assertThat(nextAttemptAt(id)).isEqualTo(second.plusSeconds(20));
        assertThat(row(id).get("status")).isEqualTo("SETTLING");
        assertThat(processor(provider, third, 3).processDue()).isEqualTo(1);
        assertThat(processor(provider, third.plus(Duration.ofDays(1)), 3).processDue()).isZero();

        assertThat(provider.attempts().get(id)).containsExactly(1, 2, 3);
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
        assertThat((String) row(id).get("failure_reason")).contains("Gave up after 3 attempts", "pending");
    }

    @Test
    void providerErrorsAreRetriedAndTheLastOneIsTheReasonForGivingUp() {
        UUID recovers = claimed("reward-1", code);
        UUID neverReached = claimed("reward-2", code);
        CountingRewardProvider provider = new CountingRewardProvider(code, Duration.ZERO, claim -> {
            if (claim.rewardId().equals("reward-2")) {
                throw new RewardProviderUnavailableException("connect timed out");
            }
            if (claim.attempt() == 1) {
                throw new IllegalStateException("provider bug");
            }
            return RewardOutcome.settled("ref-1");
        });

        assertThat(processor(provider, start, 2).processDue()).isEqualTo(2);
        assertThat(processor(provider, start.plusSeconds(10), 2).processDue()).isEqualTo(2);

        assertThat(row(recovers)).containsEntry("status", "SETTLED").containsEntry("attempts", 2);
        assertThat(row(neverReached)).containsEntry("status", "FAILED").containsEntry("attempts", 2);
        assertThat((String) row(neverReached).get("failure_reason"))
                .contains("Gave up after 2 attempts", "could not be reached", "connect timed out");
    }

    private RewardProcessor processor(CountingRewardProvider provider, Instant now, int maxAttempts) {
        RewardProperties properties = new RewardProperties(code, Duration.ofMillis(200), 5, maxAttempts,
                Duration.ofSeconds(10), Duration.ofMinutes(1), LEASE);
        return new RewardProcessor(due, provider, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A SETTLING transaction as a claim through the API leaves it, due at the start of the test. */
    private UUID claimed(String rewardId, String provider) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = start.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO reward_transaction (id, tenant_id, instruction_id, reward_id, status, provider, attempts,
                    created_at, last_updated_at, next_attempt_at)
                VALUES (?, ?, ?, ?, 'SETTLING', ?, 0, ?, ?, ?)
                """).params(id, tenantId, instructionId, rewardId, provider, at, at, at).update();
        return id;
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT status, attempts, provider_reference, failure_reason FROM reward_transaction "
                + "WHERE id = ?").param(id).query().singleRow();
    }

    private Instant nextAttemptAt(UUID id) {
        return jdbc.sql("SELECT next_attempt_at FROM reward_transaction WHERE id = ?").param(id)
                .query(OffsetDateTime.class).single().toInstant();
    }

    private boolean onPostgresql() throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
