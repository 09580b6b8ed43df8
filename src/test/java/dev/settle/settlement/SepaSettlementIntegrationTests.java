package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.OrderService;
import dev.settle.order.PaymentTransaction;
import dev.settle.order.PaymentTransactionRepository;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The settlement job writing SEPA files: valid, with the stored totals, FRST then RCUR, on TARGET2 business days. */
@PostgresIntegrationTest
class SepaSettlementIntegrationTests {

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentTransactionRepository transactions;

    @TempDir
    Path outbox;

    Caller caller;
    UUID account;
    UUID mandate1;
    UUID mandate2;
    String sct;
    String sdd;

    @BeforeEach
    void tenantWithSepaSchemes() {
        caller = TestTenants.administrator(admin);
        account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        mandate1 = TestFixtures.mandate(jdbc, caller.tenantId(), "D-1", "MANDATE-1");
        mandate2 = TestFixtures.mandate(jdbc, caller.tenantId(), "D-2", "MANDATE-2");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        sct = "SCT-" + suffix;
        sdd = "SDD-" + suffix;
        TestFixtures.scheme(jdbc, caller.tenantId(), sct, "SEPA_SCT", "CREDIT", "EUR", 2, false, """
                {"originatorName": "Settle Payouts GmbH", "originatorIban": "DE02120300000000202051",
                 "outputDirectory": "%s"}""".formatted(outbox.resolve("sct")));
        TestFixtures.scheme(jdbc, caller.tenantId(), sdd, "SEPA_SDD_CORE", "DEBIT", "EUR", 100, false, """
                {"creditorName": "Settle Collections GmbH", "creditorIban": "DE02120300000000202051",
                 "creditorSchemeId": "DE98ZZZ09999999999", "outputDirectory": "%s"}""".formatted(outbox.resolve("sdd")));
    }

    @Test
    void paysOutAndCollectsInValidFilesWhoseTotalsAreTheStoredAmounts() throws Exception {
        LocalDate businessDate = LocalDate.of(2031, 3, 4);
        order("O1", List.of(payout("P-1", "10.00", "2031-03-05"), payout("P-2", "20.50", "2031-03-05"),
                payout("P-3", "0.01", "2031-03-04"), collection("D-1", "C-1", mandate1, "15.00", "2031-03-05"),
                collection("D-1", "C-2", mandate1, "16.00", "2031-03-05"),
                collection("D-2", "C-3", mandate2, "17.25", "2031-03-05")));

        assertThat(runs.run(businessDate, sct).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.run(businessDate, sdd).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Path> creditFiles = published(outbox.resolve("sct"));
        assertThat(creditFiles).as("three payouts, at most two per file").hasSize(2);
        for (Path file : creditFiles) {
            SepaFileContents.validate(file, "iso20022/pain.001.001.09.xsd");
            assertTotalsAreTheLedgers(file);
        }
        Path debitFile = published(outbox.resolve("sdd")).get(0);
        SepaFileContents.validate(debitFile, "iso20022/pain.008.001.08.xsd");
        assertTotalsAreTheLedgers(debitFile);
        SepaFileContents collections = SepaFileContents.read(debitFile);
        // A new mandate's first collection is FRST; its second, in the same run, RCUR. Collected on the due date.
        assertThat(collections.blocks()).extracting(SepaFileContents.Block::sequenceType,
                SepaFileContents.Block::numberOfTransactions, SepaFileContents.Block::date)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FRST", 2L, "2031-03-05"),
                        org.assertj.core.groups.Tuple.tuple("RCUR", 1L, "2031-03-05"));
        assertThat(collections.blocks().stream().filter(b -> "RCUR".equals(b.sequenceType())).findFirst().orElseThrow()
                .endToEndIds()).containsExactly(key("C-2"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND state = 'SUBMITTED'")
                .param(caller.tenantId()).query(Long.class).single()).isEqualTo(6);
        jdbc.sql("SELECT instruction_id, batch_id, payment_key FROM submission WHERE tenant_id = ?")
                .param(caller.tenantId()).query((rs, n) -> {
                    PaymentTransaction transaction = transactions.findLatest(rs.getLong(1)).orElseThrow();
                    assertThat(transaction.appBatchId()).as(rs.getString(3)).isEqualTo(rs.getString(2));
                    return assertThat(transaction.appTransactionId()).isEqualTo(rs.getString(3));
                }).list();
    }

    @Test
    void aMandateIsCollectedFirstOnlyOnceAcrossRuns() throws Exception {
        order("O1", List.of(collection("D-1", "C-1", mandate1, "15.00", "2031-03-05")));
        runs.run(LocalDate.of(2031, 3, 4), sdd);
        order("O2", List.of(collection("D-1", "C-2", mandate1, "15.00", "2031-04-02"),
                collection("D-2", "C-3", mandate2, "9.99", "2031-04-02")));

        JobExecution second = runs.run(LocalDate.of(2031, 4, 1), sdd);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("""
                SELECT i.instruction_ref || ' ' || s.sequence_type FROM submission s
                JOIN instruction i ON i.id = s.instruction_id WHERE s.tenant_id = ? ORDER BY i.instruction_ref
                """).param(caller.tenantId()).query(String.class).list())
                .containsExactly("C-1 FRST", "C-2 RCUR", "C-3 FRST");
        assertThat(jdbc.sql("SELECT sequence_type FROM financial_instrument WHERE tenant_id = ? AND id IN (?, ?)")
                .params(caller.tenantId(), mandate1, mandate2).query(String.class).list()).containsOnly("RCUR");
    }

    @Test
    void easterAndYearEndHolidaysMoveWhatIsDueAndWhenItSettles() throws Exception {
        // Maundy Thursday 2031-04-10: Good Friday and Easter Monday are TARGET2 holidays, so with one business day
        // of lead time everything up to Tuesday 2031-04-15 is due, to settle on that Tuesday.
        order("O1", List.of(payout("EASTER-MON", "1.00", "2031-04-14"), payout("EASTER-TUE", "2.00", "2031-04-15"),
                payout("EASTER-WED", "3.00", "2031-04-16")));
        // Christmas Eve 2031 (Wednesday): 25 and 26 December are closed, then a weekend.
        order("O2", List.of(payout("XMAS-MON", "4.00", "2031-12-29"), payout("XMAS-TUE", "5.00", "2031-12-30")));

        runs.run(LocalDate.of(2031, 4, 10), sct);
        runs.run(LocalDate.of(2031, 12, 24), sct);

        assertThat(jdbc.sql("""
                SELECT i.instruction_ref || ' ' || s.business_date || ' ' || i.forecasted_settlement_date
                FROM submission s JOIN instruction i ON i.id = s.instruction_id WHERE s.tenant_id = ?
                ORDER BY i.instruction_ref""").param(caller.tenantId()).query(String.class).list()).containsExactly(
                        "EASTER-MON 2031-04-10 2031-04-15", "EASTER-TUE 2031-04-10 2031-04-15",
                        "XMAS-MON 2031-12-24 2031-12-29");
        // Not due at Easter, and its settledByDate had passed by the December run, which marked it late.
        assertThat(jdbc.sql("""
                SELECT instruction_ref || ' ' || status FROM instruction WHERE tenant_id = ? AND instruction_ref IN (?, ?)
                ORDER BY instruction_ref""").params(caller.tenantId(), "EASTER-WED", "XMAS-TUE").query(String.class)
                .list()).containsExactly("EASTER-WED LATE", "XMAS-TUE READY");
    }

    private void assertTotalsAreTheLedgers(Path file) throws Exception {
        SepaFileContents contents = SepaFileContents.read(file);
        Map<String, Object> ledger = jdbc.sql("""
                SELECT COUNT(*) AS payments, SUM(amount) AS total FROM submission WHERE batch_id = ?
                """).param(contents.messageId()).query().singleRow();
        assertThat(contents.numberOfTransactions()).isEqualTo(((Number) ledger.get("payments")).longValue())
                .isEqualTo(contents.endToEndIds().size());
        assertThat(contents.controlSum()).isEqualByComparingTo((BigDecimal) ledger.get("total"))
                .isEqualByComparingTo(contents.blocks().stream().flatMap(b -> b.amounts().stream())
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(jdbc.sql("SELECT control_sum FROM submission_batch_total WHERE batch_id = ?")
                .param(contents.messageId()).query(BigDecimal.class).single()).isEqualByComparingTo(contents.controlSum());
        assertThat(contents.endToEndIds()).containsExactlyInAnyOrderElementsOf(jdbc.sql(
                "SELECT payment_key FROM submission WHERE batch_id = ?").param(contents.messageId())
                .query(String.class).list());
        assertThat(Path.of(file + ".manifest.json")).exists();
    }

    private static List<Path> published(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private String key(String instructionRef) {
        return jdbc.sql("""
                SELECT s.payment_key FROM submission s JOIN instruction i ON i.id = s.instruction_id
                WHERE s.tenant_id = ? AND i.instruction_ref = ?""").params(caller.tenantId(), instructionRef)
                .query(String.class).single();
    }

    private CreateInstructionRequest payout(String ref, String amount, String settledBy) {
        return TestOrders.payout(ref, account, amount, settledBy, sct);
    }

    private CreateInstructionRequest collection(String customer, String ref, UUID mandate, String amount,
            String settledBy) {
        return new CreateInstructionRequest(ref, customer, "DEBIT", mandate.toString(), amount, "EUR", "DE", settledBy,
                sdd, Map.of());
    }

    private void order(String orderRef, List<CreateInstructionRequest> instructions) {
        TestOrders.order(orders, caller, orderRef, instructions);
    }
}
