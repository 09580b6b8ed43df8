package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.execution.ExecutionStateException;
import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.OrderService;
import dev.settle.scheme.testonly.AcmePaySchemeWriter;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The settlement job end to end on API-style schemes: the sandbox and a plugged-in test-only scheme. */
@PostgresIntegrationTest
class SettlementJobIntegrationTests {

    // A Tuesday; due are settledByDates up to the next business day (lead time 1).
    static final LocalDate BUSINESS_DATE = LocalDate.of(2031, 3, 4);
    static final LocalDate DUE = LocalDate.of(2031, 3, 5);

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    Caller caller;
    UUID account;
    String scheme;

    @BeforeEach
    void tenantWithSandboxScheme() {
        caller = TestTenants.administrator(admin);
        account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 3, false, """
                {"sandbox.reject-cents": "13", "sandbox.retry-cents": "42", "sandbox.pending-cents": "77",
                 "sandbox.unknown-cents": "99"}""");
    }

    @Test
    void submitsWhatIsDueInBatchesAndRecordsEveryAnswer() throws Exception {
        order("O1", List.of(payout("OK-1", DUE, "10.00"), payout("OK-2", DUE, "20.00"), payout("OK-3", DUE.minusDays(1),
                "30.00"), payout("REJECT", DUE, "10.13"), payout("RETRY", DUE, "10.42"), payout("PENDING", DUE, "10.77"),
                payout("UNKNOWN", DUE, "10.99"), payout("NOT-YET", DUE.plusDays(1), "40.00"),
                payout("PASSED", BUSINESS_DATE.minusDays(1), "50.00")));

        JobExecution execution = runs.run(BUSINESS_DATE, scheme);

        assertThat(execution.getStatus()).as(execution.getExitStatus().getExitDescription())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of("OK-1", "PROCESSING", "OK-2", "PROCESSING",
                "OK-3", "PROCESSING", "REJECT", "FAILED", "RETRY", "READY", "PENDING", "PROCESSING", "UNKNOWN",
                "PROCESSING", "NOT-YET", "READY", "PASSED", "LATE"));
        assertThat(ledgerStates()).containsExactlyInAnyOrderEntriesOf(Map.of("OK-1", "ACCEPTED", "OK-2", "ACCEPTED",
                "OK-3", "ACCEPTED", "REJECT", "REJECTED", "RETRY", "REJECTED", "PENDING", "PENDING", "UNKNOWN",
                "UNKNOWN"));
        assertThat(jdbc.sql("""
                SELECT i.failed_error_code || ' ' || t.status FROM instruction i
                JOIN payment_transaction t ON t.instruction_id = i.id WHERE i.tenant_id = ? AND i.instruction_ref = 'REJECT'
                """).param(caller.tenantId()).query(String.class).single()).isEqualTo("AM04 FAILED");
        assertThat(jdbc.sql("""
                SELECT forecasted_settlement_date FROM instruction WHERE tenant_id = ? AND instruction_ref = 'OK-1'
                """).param(caller.tenantId()).query(LocalDate.class).single()).isEqualTo(DUE);
        // Seven payments, at most three per batch: three batches whose control totals equal the ledger's amounts.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission_batch_total WHERE scheme_id = ?").param(scheme)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT SUM(control_sum) FROM submission_batch_total WHERE scheme_id = ?").param(scheme)
                .query(BigDecimal.class).single()).isEqualByComparingTo(jdbc.sql(
                        "SELECT SUM(amount) FROM submission WHERE scheme_id = ? AND tenant_id = ?")
                        .params(scheme, caller.tenantId()).query(BigDecimal.class).single())
                .isEqualByComparingTo("102.31");
        assertThat(runs.report(execution).text()).contains("scheme " + scheme).contains("marked LATE: 1")
                .contains("ACCEPTED          3  60.00 EUR").contains("REJECTED          2  20.55 EUR");
    }

    @Test
    void aCompletedDateIsNotRunTwiceAndARerunSubmitsOnlyWhatWasNeverSubmittedOrMayBeRetried() throws Exception {
        order("O1", List.of(payout("OK-1", DUE, "10.00"), payout("RETRY", DUE, "10.42"), payout("REJECT", DUE,
                "10.13")));
        JobExecution first = runs.run(BUSINESS_DATE, scheme);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThatThrownBy(() -> runs.run(BUSINESS_DATE, scheme)).isInstanceOf(ExecutionStateException.class)
                .hasMessageContaining("already COMPLETED").hasMessageContaining("settle rerun settlementJob --date "
                        + BUSINESS_DATE);
        // The scheme's technical problem is gone, and an instruction became due through a late order.
        jdbc.sql("UPDATE scheme SET settings = '{}' WHERE tenant_id = ? AND scheme_id = ?").params(caller.tenantId(),
                scheme).update();
        order("O2", List.of(payout("LATE-ORDER", DUE, "70.00")));

        JobExecution rerun = runs.rerun(BUSINESS_DATE, scheme);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rerun.getJobParameters().getLong(SettlementJobs.RERUN)).isEqualTo(1L);
        assertThat(jdbc.sql("""
                SELECT i.instruction_ref || ' ' || s.payment_key || ' ' || s.state || ' ' || s.claimed_by_execution
                FROM submission s JOIN instruction i ON i.id = s.instruction_id WHERE s.tenant_id = ?
                ORDER BY i.instruction_ref, s.attempt""").param(caller.tenantId()).query(String.class).list())
                .containsExactly(
                        "LATE-ORDER S" + id("LATE-ORDER") + "-1 ACCEPTED " + rerun.getId(),
                        "OK-1 S" + id("OK-1") + "-1 ACCEPTED " + first.getId(),
                        "REJECT S" + id("REJECT") + "-1 REJECTED " + first.getId(),
                        "RETRY S" + id("RETRY") + "-1 REJECTED " + first.getId(),
                        "RETRY S" + id("RETRY") + "-2 ACCEPTED " + rerun.getId());
        assertThat(statuses()).containsEntry("RETRY", "PROCESSING").containsEntry("REJECT", "FAILED");
    }

    @Test
    void aRejectedFirstCollectionLeavesTheMandateFirstForTheNextOne() throws Exception {
        UUID mandate = TestFixtures.mandate(jdbc, caller.tenantId(), "D-1", "MANDATE-1");
        String collections = "SDD-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), collections, "SANDBOX", "DEBIT", "EUR", 100, false,
                "{\"sandbox.reject-cents\": \"13\"}");
        order("O1", List.of(new CreateInstructionRequest("C-1", "D-1", "DEBIT", mandate.toString(), "10.13", "EUR",
                "DE", DUE.toString(), collections, Map.of())));

        runs.run(BUSINESS_DATE, collections);

        assertThat(jdbc.sql("SELECT sequence_type FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(String.class).single()).isEqualTo("FRST");
        assertThat(jdbc.sql("SELECT sequence_type FROM financial_instrument WHERE tenant_id = ? AND id = ?")
                .params(caller.tenantId(), mandate).query(String.class).single()).isEqualTo("FRST");
    }

    @Test
    void aSchemePluggedInAsABeanIsSettledLikeAShippedOne() throws Exception {
        String acme = "ACME-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), acme, AcmePaySchemeWriter.CODE, "CREDIT", "EUR", 100, false, "{}");
        order("O1", List.of(TestOrders.payout("A-1", account, "12.00", DUE.toString(), acme),
                TestOrders.payout("A-2", account, "12.66", DUE.toString(), acme)));

        JobExecution execution = runs.run(BUSINESS_DATE, acme);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ledgerStates()).containsExactlyInAnyOrderEntriesOf(Map.of("A-1", "ACCEPTED", "A-2", "REJECTED"));
        assertThat(jdbc.sql("SELECT scheme_reference FROM submission WHERE tenant_id = ? AND state = 'ACCEPTED'")
                .param(caller.tenantId()).query(String.class).single()).startsWith("acme-S");
        assertThat(jdbc.sql("SELECT app_id FROM payment_transaction WHERE tenant_id = ? GROUP BY app_id")
                .param(caller.tenantId()).query(String.class).list()).containsExactly("ACME_PAY");
    }

    private CreateInstructionRequest payout(String ref, LocalDate settledBy, String amount) {
        return TestOrders.payout(ref, account, amount, settledBy.toString(), scheme);
    }

    private void order(String orderRef, List<CreateInstructionRequest> instructions) {
        TestOrders.order(orders, caller, orderRef, instructions);
    }

    private long id(String ref) {
        return jdbc.sql("SELECT id FROM instruction WHERE tenant_id = ? AND instruction_ref = ?")
                .params(caller.tenantId(), ref).query(Long.class).single();
    }

    private Map<String, String> statuses() {
        return jdbc.sql("SELECT instruction_ref, status FROM instruction WHERE tenant_id = ?").param(caller.tenantId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // The state of each instruction's latest attempt.
    private Map<String, String> ledgerStates() {
        return jdbc.sql("""
                SELECT i.instruction_ref, s.state FROM submission s JOIN instruction i ON i.id = s.instruction_id
                WHERE s.tenant_id = ? ORDER BY s.attempt""").param(caller.tenantId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, later) -> later));
    }
}
