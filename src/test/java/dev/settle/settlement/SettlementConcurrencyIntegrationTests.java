package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.InstructionService;
import dev.settle.order.OrderService;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.error.ApiException;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Runs racing each other and the API, and a scheme that cannot be reached, with claims of a few rows each. */
@PostgresIntegrationTest
@TestPropertySource(properties = {"settle.settlement.claim-chunk-size=7", "settle.settlement.unavailable-backoff=10ms"})
class SettlementConcurrencyIntegrationTests {

    static final LocalDate BUSINESS_DATE = LocalDate.of(2031, 3, 4);
    static final String DUE = "2031-03-05";
    static final int INSTRUCTIONS = 300;

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    InstructionService instructions;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    Caller caller;
    UUID account;
    String scheme;
    ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void tenantWithScheme() {
        caller = TestTenants.administrator(admin);
        account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 25, false, "{}");
        TestOrders.order(orders, caller, "O1", IntStream.range(0, INSTRUCTIONS)
                .mapToObj(i -> TestOrders.payout("I-" + i, account, "1.00", DUE, scheme)).toList());
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoRunsAtOnceSubmitEveryInstructionOnce() throws Exception {
        // Two runs of different identity (two business dates) find the same instructions due at the same time.
        CyclicBarrier start = new CyclicBarrier(2);
        Future<JobExecution> first = pool.submit(() -> {
            start.await();
            return runs.run(BUSINESS_DATE, scheme);
        });
        Future<JobExecution> second = pool.submit(() -> {
            start.await();
            return runs.run(BUSINESS_DATE.plusDays(1), scheme);
        });

        assertThat(first.get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) AS rows, COUNT(DISTINCT instruction_id) AS instructions FROM submission
                WHERE tenant_id = ? AND state = 'ACCEPTED'""").param(caller.tenantId()).query().singleRow())
                .containsEntry("rows", (long) INSTRUCTIONS).containsEntry("instructions", (long) INSTRUCTIONS);
        assertThat(jdbc.sql("SELECT status FROM instruction WHERE tenant_id = ? GROUP BY status")
                .param(caller.tenantId()).query(String.class).list()).containsExactly("PROCESSING");
    }

    @Test
    void aCancelRacingTheRunEitherWinsOrIsRefusedNeverBoth() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Set<String>> cancelled = pool.submit(() -> {
            start.await();
            Set<String> won = new HashSet<>();
            for (int i = INSTRUCTIONS - 1; i >= 0; i--) {
                try {
                    instructions.cancel(caller, "O1", "I-" + i, "customer asked");
                    won.add("I-" + i);
                } catch (ApiException refused) {
                    assertThat(refused.status().value()).isEqualTo(409);
                }
            }
            return won;
        });
        Future<JobExecution> run = pool.submit(() -> {
            start.await();
            return runs.run(BUSINESS_DATE, scheme);
        });

        assertThat(run.get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Set<String> cancelledRefs = cancelled.get();
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT i.instruction_ref, i.status, (SELECT COUNT(*) FROM submission s WHERE s.instruction_id = i.id) AS n
                FROM instruction i WHERE i.tenant_id = ?""").param(caller.tenantId()).query().listOfRows();
        for (Map<String, Object> row : rows) {
            String ref = (String) row.get("instruction_ref");
            long submissions = ((Number) row.get("n")).longValue();
            if (cancelledRefs.contains(ref)) {
                assertThat(row.get("status")).as(ref).isEqualTo("CANCELLED");
                assertThat(submissions).as(ref + " cancelled and submitted").isZero();
            } else {
                assertThat(row.get("status")).as(ref).isEqualTo("PROCESSING");
                assertThat(submissions).as(ref).isEqualTo(1);
            }
        }
    }

    @Test
    void aSchemeThatCannotBeReachedFailsTheRunAndARestartSendsTheSameKeys() throws Exception {
        jdbc.sql("UPDATE scheme SET settings = '{\"sandbox.unavailable\": \"true\"}' WHERE tenant_id = ? AND scheme_id = ?")
                .params(caller.tenantId(), scheme).update();

        JobExecution failed = runs.run(BUSINESS_DATE, scheme);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.sql("SELECT state, COUNT(*) FROM submission WHERE tenant_id = ? GROUP BY state")
                .param(caller.tenantId()).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("CLAIMED=" + INSTRUCTIONS);
        List<String> keysBefore = keys();
        jdbc.sql("UPDATE scheme SET settings = '{}' WHERE tenant_id = ? AND scheme_id = ?")
                .params(caller.tenantId(), scheme).update();

        JobExecution restarted = runs.run(BUSINESS_DATE, scheme);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(keys()).isEqualTo(keysBefore);
        assertThat(jdbc.sql("SELECT state, COUNT(*) FROM submission WHERE tenant_id = ? GROUP BY state")
                .param(caller.tenantId()).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("ACCEPTED=" + INSTRUCTIONS);
    }

    private List<String> keys() {
        return jdbc.sql("SELECT payment_key FROM submission WHERE tenant_id = ? ORDER BY payment_key")
                .param(caller.tenantId()).query(String.class).list();
    }
}
