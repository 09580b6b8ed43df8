package dev.settle.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import dev.settle.reconciliation.report.ReportFormat;
import dev.settle.order.OrderService;
import dev.settle.settlement.SettlementRuns;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Report entries applied to payments the settlement job submitted in two SEPA files of three payouts each. */
@PostgresIntegrationTest
class EntryApplierIntegrationTests {

    static final LocalDate VALUE_DATE = LocalDate.of(2031, 3, 5);

    @Autowired
    EntryApplier applier;

    @Autowired
    ReportFiles files;

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path outbox;

    Caller caller;
    long fileId;
    List<String> keys;
    List<String> batches;
    int position;

    @BeforeEach
    void twoSubmittedFiles() throws Exception {
        caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        String scheme = TestFixtures.sepaCreditScheme(jdbc, caller.tenantId(), 3, outbox);
        TestOrders.order(orders, caller, "O1", IntStream.rangeClosed(1, 6)
                .mapToObj(i -> TestOrders.payout("P-" + i, account, i + "0.00", "2031-03-05", scheme)).toList());
        runs.run(LocalDate.of(2031, 3, 4), scheme);
        keys = jdbc.sql("SELECT payment_key FROM submission WHERE tenant_id = ? ORDER BY id").param(caller.tenantId())
                .query(String.class).list();
        batches = jdbc.sql("SELECT DISTINCT batch_id FROM submission WHERE tenant_id = ? ORDER BY batch_id")
                .param(caller.tenantId()).query(String.class).list();
        String sha256 = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        fileId = files.register(sha256, "report.xml", ReportFormat.CAMT_054_001_08);
    }

    @Test
    void acceptedThenBookedCompletesTheInstructionAndALateAcceptanceChangesNothing() {
        assertThat(apply(status(keys.get(0), "ACCP", null))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(booked(keys.get(0), "10.00"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(status(keys.get(0), "ACSP", null))).isEqualTo(EntryOutcome.STALE);

        assertThat(row(keys.get(0))).containsEntry("state", "SETTLED").containsEntry("status", "COMPLETED")
                .containsEntry("tx_status", "COMPLETED");
        assertThat(jdbc.sql("SELECT actual_settlement_date FROM instruction WHERE instruction_ref = 'P-1' AND tenant_id = ?")
                .param(caller.tenantId()).query(LocalDate.class).single()).isEqualTo(VALUE_DATE);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM instruction_status_history h JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ? AND i.instruction_ref = 'P-1' AND h.to_status = 'COMPLETED'
                  AND h.cause = 'RECONCILIATION_FILE'""").param(caller.tenantId()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aBookingBeforeItsAcceptanceStillCompletesAndAReturnAfterCompletionFailsIt() {
        assertThat(apply(booked(keys.get(1), "20.00"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(status(keys.get(1), "ACCP", null))).isEqualTo(EntryOutcome.STALE);

        ReportEntry returned = entry(EntryType.RETURNED, Scope.PAYMENT, null, null, keys.get(1), null, "AC04",
                "Closed account number", new BigDecimal("20.00"));
        assertThat(apply(returned)).isEqualTo(EntryOutcome.APPLIED);

        assertThat(row(keys.get(1))).containsEntry("state", "RETURNED").containsEntry("status", "FAILED")
                .containsEntry("tx_status", "RETURNED").containsEntry("failed_error_code", "AC04");
        assertThat((BigDecimal) row(keys.get(1)).get("net_amount")).isEqualByComparingTo("0");
    }

    @Test
    void aRejectionFailsThePaymentAndARejectionAfterSettlementGoesToTheInbox() {
        assertThat(apply(status(keys.get(2), "RJCT", "AM04"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(row(keys.get(2))).containsEntry("status", "FAILED").containsEntry("failed_error_code", "AM04");

        apply(booked(keys.get(3), "40.00"));
        assertThat(apply(status(keys.get(3), "RJCT", "AC01"))).isEqualTo(EntryOutcome.EXCEPTION);
        assertThat(row(keys.get(3))).containsEntry("status", "COMPLETED");
        assertThat(openExceptions()).anySatisfy(reason -> assertThat(reason).contains("REJECTED is not allowed for "
                + keys.get(3) + " is SETTLED"));
    }

    @Test
    void unmatchedEntriesAndAmountMismatchesGoToTheInboxAndTheSameEntryIsTakenOnce() {
        assertThat(apply(booked("S999999-1", "10.00"))).isEqualTo(EntryOutcome.EXCEPTION);
        assertThat(apply(booked(keys.get(4), "50.01"))).isEqualTo(EntryOutcome.EXCEPTION);
        ReportEntry booking = booked(keys.get(5), "60.00");
        assertThat(apply(booking)).isEqualTo(EntryOutcome.APPLIED);
        assertThat(applier.apply(fileId, booking)).isEqualTo(EntryOutcome.DUPLICATE);

        assertThat(row(keys.get(4))).containsEntry("status", "PROCESSING").containsEntry("state", "SUBMITTED");
        assertThat(openExceptions()).anySatisfy(r -> assertThat(r).contains("no submitted payment matches")
                .contains("S999999-1")).anySatisfy(r -> assertThat(r).contains("amount 50.01 EUR differs from the "
                        + "submitted 50 EUR"));
    }

    @Test
    void aWholeFileRejectionRejectsEveryPaymentOfThatFileOnly() {
        ReportEntry wholeFile = entry(EntryType.STATUS, Scope.FILE, batches.get(1), null, null, "RJCT", "FF01",
                "Invalid file format", null);

        assertThat(apply(wholeFile)).isEqualTo(EntryOutcome.APPLIED);

        assertThat(jdbc.sql("SELECT batch_id || ' ' || state FROM submission WHERE tenant_id = ? ORDER BY id")
                .param(caller.tenantId()).query(String.class).list()).containsExactly(
                        batches.get(0) + " SUBMITTED", batches.get(0) + " SUBMITTED", batches.get(0) + " SUBMITTED",
                        batches.get(1) + " REJECTED", batches.get(1) + " REJECTED", batches.get(1) + " REJECTED");
    }

    @Test
    void aBlockStatusMovesThePaymentsOfThatBlock() {
        ReportEntry block = entry(EntryType.STATUS, Scope.BLOCK, batches.get(0), batches.get(0) + "-1", null, "ACCP",
                null, null, null);

        assertThat(apply(block)).isEqualTo(EntryOutcome.APPLIED);

        assertThat(jdbc.sql("SELECT state FROM submission WHERE batch_id = ?").param(batches.get(0))
                .query(String.class).list()).containsOnly("ACCEPTED").hasSize(3);
        assertThat(apply(entry(EntryType.STATUS, Scope.BLOCK, batches.get(0), batches.get(0) + "-7", null, "ACCP",
                null, null, null))).isEqualTo(EntryOutcome.EXCEPTION);
    }

    @Test
    void refundsChargebacksAndFeesOfASettledPaymentChangeItsNetAmountNotItsStatus() {
        apply(booked(keys.get(0), "10.00"));

        assertThat(apply(money(EntryType.REFUNDED, keys.get(0), null, "2.50"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(money(EntryType.FEE, keys.get(0), null, "0.20"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(money(EntryType.CHARGEBACK_OPENED, keys.get(0), "10", "7.30"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(money(EntryType.CHARGEBACK_LOST, keys.get(0), "10", "7.30"))).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(money(EntryType.CHARGEBACK_WON, keys.get(0), "10", "7.30")))
                .as("no dispute left open").isEqualTo(EntryOutcome.EXCEPTION);

        assertThat(row(keys.get(0))).containsEntry("status", "COMPLETED").containsEntry("tx_status", "COMPLETED");
        assertThat((BigDecimal) row(keys.get(0)).get("net_amount")).isEqualByComparingTo("0.00");
        assertThat(jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM refund r WHERE r.transaction_id = s.transaction_id) || ' '
                    || (SELECT MIN(c.status) FROM chargeback c WHERE c.transaction_id = s.transaction_id)
                FROM submission s WHERE s.payment_key = ?""").param(keys.get(0)).query(String.class).single())
                .isEqualTo("1 LOST");
    }

    @Test
    void aDirectDebitRefundRequestOfASettledCollectionIsALostChargebackAndARefundOfAnUnsettledOneGoesToTheInbox() {
        apply(booked(keys.get(1), "20.00"));
        ReportEntry refundRequest = entry(EntryType.RETURNED, Scope.PAYMENT, null, null, keys.get(1), null, "MD06",
                "Refund request by end customer", new BigDecimal("20.00"));

        assertThat(apply(refundRequest)).isEqualTo(EntryOutcome.APPLIED);
        assertThat(apply(money(EntryType.REFUNDED, keys.get(2), null, "1.00"))).isEqualTo(EntryOutcome.EXCEPTION);

        assertThat(row(keys.get(1))).containsEntry("status", "COMPLETED").containsEntry("state", "SETTLED");
        assertThat((BigDecimal) row(keys.get(1)).get("net_amount")).isEqualByComparingTo("0");
        assertThat(openExceptions()).anySatisfy(r -> assertThat(r).contains("REFUNDED of " + keys.get(2)
                + ", which is SUBMITTED, not settled"));
    }

    @Test
    void anAcceptanceWithAValueDateMovesTheForecastedSettlementDate() {
        ReportEntry accepted = new ReportEntry(++position, "test|" + UUID.randomUUID(), EntryType.STATUS, Scope.PAYMENT,
                null, null, keys.get(0), null, "ACCP", null, null, null, null, null, LocalDate.of(2031, 3, 7), null);

        assertThat(apply(accepted)).isEqualTo(EntryOutcome.APPLIED);

        assertThat(jdbc.sql("SELECT forecasted_settlement_date FROM instruction WHERE instruction_ref = 'P-1' AND tenant_id = ?")
                .param(caller.tenantId()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2031, 3, 7));
    }

    @Test
    void inBulkEachEntryEndsAsItWouldAloneAndEachHistoryLineNamesItsOwnEntry() {
        apply(booked(keys.get(3), "40.00"));
        ReportEntry acceptedBefore = status(keys.get(4), "ACCP", null);
        apply(acceptedBefore);
        ReportEntry settles = booked(keys.get(0), "10.00");
        ReportEntry rejects = status(keys.get(1), "RJCT", "AM04");
        ReportEntry settlesToo = booked(keys.get(5), "60.00");
        List<ReportEntry> entries = List.of(settles, rejects, booked("S999999-1", "10.00"), booked(keys.get(2), "30.01"),
                status(keys.get(3), "RJCT", "AC01"), acceptedBefore, settlesToo);
        entries.forEach(entry -> assertThat(EntryApplier.appliesInBulk(entry)).as(entry.toString()).isTrue());

        assertThat(applier.applyInBulk(fileId, entries)).containsExactly(EntryOutcome.APPLIED, EntryOutcome.APPLIED,
                EntryOutcome.EXCEPTION, EntryOutcome.EXCEPTION, EntryOutcome.EXCEPTION, EntryOutcome.DUPLICATE,
                EntryOutcome.APPLIED);

        assertThat(row(keys.get(0))).containsEntry("state", "SETTLED").containsEntry("status", "COMPLETED")
                .containsEntry("tx_status", "COMPLETED");
        assertThat(row(keys.get(1))).containsEntry("state", "REJECTED").containsEntry("status", "FAILED")
                .containsEntry("failed_error_code", "AM04").containsEntry("tx_status", "FAILED");
        assertThat(row(keys.get(2))).containsEntry("state", "SUBMITTED").containsEntry("status", "PROCESSING");
        assertThat(row(keys.get(3))).containsEntry("state", "SETTLED").containsEntry("status", "COMPLETED");
        assertThat(row(keys.get(4))).containsEntry("state", "ACCEPTED");
        assertThat(openExceptions()).hasSize(3).anySatisfy(r -> assertThat(r).contains("S999999-1"))
                .anySatisfy(r -> assertThat(r).contains("amount 30.01 EUR differs from the submitted 30 EUR"))
                .anySatisfy(r -> assertThat(r).contains("REJECTED is not allowed for " + keys.get(3) + " is SETTLED"));
        assertThat(jdbc.sql("""
                SELECT h.to_status || ' ' || h.cause_ref FROM instruction_status_history h
                JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ? AND h.cause = 'RECONCILIATION_FILE' AND i.instruction_ref IN ('P-1', 'P-2', 'P-6')
                ORDER BY i.instruction_ref""").param(caller.tenantId()).query(String.class).list()).containsExactly(
                        "COMPLETED report file " + fileId + " entry " + settles.position() + " " + keys.get(0),
                        "FAILED report file " + fileId + " entry " + rejects.position() + " " + keys.get(1),
                        "COMPLETED report file " + fileId + " entry " + settlesToo.position() + " " + keys.get(5));
        assertThat(jdbc.sql("SELECT outcome FROM report_entry WHERE file_id = ? ORDER BY position").param(fileId)
                .query(String.class).list()).as("each entry remembered once, in the order the entries were made")
                .containsExactly("APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "EXCEPTION", "EXCEPTION",
                        "EXCEPTION");
    }

    private ReportEntry money(EntryType type, String key, String reason, String amount) {
        return entry(type, Scope.PAYMENT, null, null, key, null, reason, null, new BigDecimal(amount));
    }

    private EntryOutcome apply(ReportEntry entry) {
        return applier.apply(fileId, entry);
    }

    private ReportEntry status(String key, String status, String reason) {
        return entry(EntryType.STATUS, Scope.PAYMENT, null, null, key, status, reason, null, null);
    }

    private ReportEntry booked(String key, String amount) {
        return entry(EntryType.BOOKED, Scope.PAYMENT, null, null, key, "BOOK", null, null, new BigDecimal(amount));
    }

    private ReportEntry entry(EntryType type, Scope scope, String message, String block, String key, String status,
            String reasonCode, String reasonText, BigDecimal amount) {
        position++;
        return new ReportEntry(position, "test|" + UUID.randomUUID(), type, scope, message, block, key, null, status,
                reasonCode, reasonText, amount, amount == null ? null : "EUR", VALUE_DATE, VALUE_DATE, null);
    }

    private Map<String, Object> row(String key) {
        return jdbc.sql("""
                SELECT s.state, i.status, i.failed_error_code, t.status AS tx_status, t.net_amount
                FROM submission s JOIN instruction i ON i.id = s.instruction_id
                JOIN payment_transaction t ON t.id = s.transaction_id WHERE s.payment_key = ?""").param(key)
                .query().singleRow();
    }

    private List<String> openExceptions() {
        return jdbc.sql("SELECT reason FROM reconciliation_exception WHERE file_id = ? AND status = 'OPEN'")
                .param(fileId).query(String.class).list();
    }
}
