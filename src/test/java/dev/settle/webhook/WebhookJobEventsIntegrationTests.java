package dev.settle.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.OrderService;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.reconciliation.simulator.SimulationResult;
import dev.settle.settlement.LateInstructionMarker;
import dev.settle.settlement.SettlementRuns;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The jobs' set-based statements write the events of their status changes in their own transactions. */
@PostgresIntegrationTest
class WebhookJobEventsIntegrationTests {

    // A Tuesday; due are settledByDates up to the next business day (lead time 1).
    static final LocalDate BUSINESS_DATE = LocalDate.of(2031, 3, 4);
    static final String DUE = "2031-03-05";

    @Autowired
    SettlementRuns settlement;
    @Autowired
    ReconciliationRuns reconciliation;
    @Autowired
    LateInstructionMarker lateMarker;
    @Autowired
    OrderService orders;
    @Autowired
    TenantAdministration admin;
    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Caller caller;
    UUID account;

    @BeforeEach
    void tenantWithAnEndpoint() {
        caller = TestTenants.administrator(admin);
        account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        endpoints.create(caller.tenantId(), "http://127.0.0.1:9/hooks", List.of("INSTRUCTION_STATUS_CHANGED",
                "PAYMENT_MISSED"), null);
    }

    @Test
    void aSettlementRunWritesTheEventsOfClaimRejectionAndLateMarking() throws Exception {
        String scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 3, false,
                "{\"sandbox.reject-cents\": \"13\"}");
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("OK", account, "10.00", DUE, scheme),
                TestOrders.payout("REJECT", account, "10.13", DUE, scheme),
                TestOrders.payout("PASSED", account, "10.00", BUSINESS_DATE.minusDays(1).toString(), scheme)));

        assertThat(settlement.run(BUSINESS_DATE, scheme).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(events()).containsExactlyInAnyOrder(
                "OK INSTRUCTION_STATUS_CHANGED READY>PROCESSING",
                "REJECT INSTRUCTION_STATUS_CHANGED READY>PROCESSING",
                "REJECT INSTRUCTION_STATUS_CHANGED PROCESSING>FAILED",
                "PASSED INSTRUCTION_STATUS_CHANGED READY>LATE",
                "PASSED PAYMENT_MISSED READY>LATE");
    }

    @Test
    void aReconciliationWritesTheEventsOfSettledAndRejectedPayments() throws Exception {
        String sct = TestFixtures.sepaCreditScheme(jdbc, caller.tenantId(), 100, dir.resolve("outbox"));
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("P10.00", account, "10.00", DUE, sct),
                TestOrders.payout("P10.13", account, "10.13", DUE, sct)));
        settlement.run(BUSINESS_DATE, sct);
        try (Stream<Path> published = Files.list(dir.resolve("outbox"))) {
            for (Path file : published.filter(f -> f.toString().endsWith(".xml")).toList()) {
                SimulationResult answers = new BankSimulator().simulate(file, dir.resolve("bank"), null);
                assertThat(reconciliation.reconcile(answers.statusReport()).status()).isEqualTo(BatchStatus.COMPLETED);
                assertThat(reconciliation.reconcile(answers.notification()).status()).isEqualTo(BatchStatus.COMPLETED);
            }
        }

        assertThat(events()).containsExactlyInAnyOrder(
                "P10.00 INSTRUCTION_STATUS_CHANGED READY>PROCESSING",
                "P10.13 INSTRUCTION_STATUS_CHANGED READY>PROCESSING",
                "P10.00 INSTRUCTION_STATUS_CHANGED PROCESSING>COMPLETED",
                "P10.13 INSTRUCTION_STATUS_CHANGED PROCESSING>FAILED");
    }

    @Test
    void aRolledBackChunkLeavesNoEventAndACommittedOneHasThem() {
        String scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 3, false, "{}");
        TestOrders.order(orders, caller, "O1", List.of(
                TestOrders.payout("PASSED", account, "10.00", BUSINESS_DATE.minusDays(1).toString(), scheme)));
        TransactionTemplate chunk = new TransactionTemplate(transactionManager);

        chunk.executeWithoutResult(status -> {
            assertThat(lateMarker.markChunk(caller.tenantId(), scheme, BUSINESS_DATE, 1L, 100)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(events()).isEmpty();
        chunk.executeWithoutResult(status -> lateMarker.markChunk(caller.tenantId(), scheme, BUSINESS_DATE, 2L, 100));

        assertThat(events()).containsExactlyInAnyOrder("PASSED INSTRUCTION_STATUS_CHANGED READY>LATE",
                "PASSED PAYMENT_MISSED READY>LATE");
    }

    private List<String> events() {
        return jdbc.sql("""
                SELECT i.instruction_ref || ' ' || e.event_type || ' ' || e.previous_status || '>' || e.status
                FROM webhook_event e JOIN instruction i ON i.id = e.instruction_id
                WHERE e.tenant_id = ? AND e.event_type <> 'INSTRUCTION_CREATED' ORDER BY e.id
                """).param(caller.tenantId()).query(String.class).list();
    }
}
