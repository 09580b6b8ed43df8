package dev.settle.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.order.OrderService;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Status reports for a file the settlement job published, reconciled through the job. */
@PostgresIntegrationTest
class ReconciliationJobIntegrationTests {

    @Autowired
    ReconciliationRuns reconciliation;

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Caller caller;
    List<String> keys;
    String batch;

    @BeforeEach
    void aPublishedFileOfThreePayouts() throws Exception {
        caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        String scheme = TestFixtures.sepaCreditScheme(jdbc, caller.tenantId(), 100, dir.resolve("outbox"));
        TestOrders.order(orders, caller, "O1", IntStream.rangeClosed(1, 3)
                .mapToObj(i -> TestOrders.payout("P-" + i, account, i + "0.00", "2031-03-05", scheme)).toList());
        runs.run(LocalDate.of(2031, 3, 4), scheme);
        keys = jdbc.sql("SELECT payment_key FROM submission WHERE tenant_id = ? ORDER BY id").param(caller.tenantId())
                .query(String.class).list();
        batch = jdbc.sql("SELECT DISTINCT batch_id FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(String.class).single();
    }

    @Test
    void aPartialAcceptanceAcceptsTheFileAndRejectsItsRejectedPaymentsOnce() throws Exception {
        Path report = statusReport("PSR-1", "PART", Map.of(keys.get(1), "AM04"));

        ReconciliationResult result = reconciliation.reconcile(report);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(result.format()).isEqualTo("PAIN_002_001_10");
        assertThat(statuses()).containsExactly("P-1 PROCESSING SUBMITTED", "P-2 FAILED REJECTED",
                "P-3 PROCESSING SUBMITTED");
        assertThat(result.outcomes()).containsEntry("APPLIED", 1L).containsEntry("IGNORED", 2L);
        assertThatThrownBy(() -> reconciliation.reconcile(report)).isInstanceOf(ReconciliationRefusedException.class)
                .hasMessageContaining("already reconciled");

        // Another report repeating the rejection, and accepting the file as a whole.
        ReconciliationResult second = reconciliation.reconcile(statusReport("PSR-2", "ACCP", Map.of(keys.get(1),
                "AM04")));

        assertThat(second.duplicates()).as("the block status and the rejection were taken from the first report")
                .isEqualTo(2);
        assertThat(statuses()).containsExactly("P-1 PROCESSING ACCEPTED", "P-2 FAILED REJECTED",
                "P-3 PROCESSING ACCEPTED");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM instruction_status_history h JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ? AND h.to_status = 'FAILED'""").param(caller.tenantId()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aPspSettlementReportSettlesRefundsAndDisputesPaymentsSentToAnApiScheme() throws Exception {
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-2", true, false);
        String psp = "PSP-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), psp, "SANDBOX", "CREDIT", "EUR", 100, false, "{}");
        TestOrders.order(orders, caller, "O2", List.of(TestOrders.payout("API-1", account, "40.00", "2031-03-05", psp),
                TestOrders.payout("API-2", account, "50.00", "2031-03-05", psp)));
        runs.run(LocalDate.of(2031, 3, 4), psp);
        String first = key("API-1");
        String second = key("API-2");
        Path report = Files.writeString(dir.resolve("psp.csv"), """
                recordType,idempotencyKey,pspReference,amount,currency,fee,reasonCode,bookingDate
                PAYOUT,%1$s,po_%1$s,40.00,EUR,0.30,,2031-03-05
                PAYOUT,%2$s,po_%2$s,50.00,EUR,,,2031-03-05
                REFUND,%1$s,rf_%1$s,5.00,EUR,,,2031-03-09
                DISPUTE_OPENED,%2$s,dp_%2$s,50.00,EUR,,fraud,2031-03-10
                DISPUTE_WON,%2$s,dw_%2$s,50.00,EUR,,,2031-03-20
                """.formatted(first, second));

        ReconciliationResult result = reconciliation.reconcile(report);

        assertThat(result.format()).isEqualTo("PSP_SETTLEMENT_CSV");
        assertThat(result.exceptions()).isZero();
        assertThat(result.outcomes()).containsEntry("APPLIED", 5L);
        assertThat(jdbc.sql("""
                SELECT i.instruction_ref || ' ' || i.status || ' ' || t.status || ' ' || t.net_amount
                    || ' ' || COALESCE((SELECT MIN(c.status) FROM chargeback c WHERE c.transaction_id = t.id), '-')
                FROM instruction i JOIN payment_transaction t ON t.instruction_id = i.id
                WHERE i.tenant_id = ? AND i.instruction_ref LIKE 'API-%' ORDER BY 1""").param(caller.tenantId())
                .query(String.class).list()).containsExactly("API-1 COMPLETED COMPLETED 34.700 -",
                        "API-2 COMPLETED COMPLETED 50.000 WON");
    }

    private String key(String instructionRef) {
        return jdbc.sql("""
                SELECT s.payment_key FROM submission s JOIN instruction i ON i.id = s.instruction_id
                WHERE i.tenant_id = ? AND i.instruction_ref = ?""").params(caller.tenantId(), instructionRef)
                .query(String.class).single();
    }

    @Test
    void aReportThatIsNotWellFormedFailsTheRunNamingTheLine() throws Exception {
        Path broken = Files.copy(Path.of("src/test/resources/fixtures/reconciliation/pain002-not-well-formed.xml"),
                dir.resolve("broken.xml"));

        ReconciliationResult result = reconciliation.reconcile(broken);

        assertThat(result.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(result.exitDescription()).contains("broken.xml").contains("line 17");
    }

    @Test
    void aFileThatIsNoReportIsRefusedBeforeAnythingRuns() throws Exception {
        Path notAReport = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> reconciliation.reconcile(notAReport)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a report this build reads");
    }

    private List<String> statuses() {
        return jdbc.sql("""
                SELECT i.instruction_ref || ' ' || i.status || ' ' || s.state FROM instruction i
                JOIN submission s ON s.instruction_id = i.id WHERE i.tenant_id = ? ORDER BY i.instruction_ref""")
                .param(caller.tenantId()).query(String.class).list();
    }

    private Path statusReport(String messageId, String groupStatus, Map<String, String> rejected) throws Exception {
        String transactions = rejected.entrySet().stream().map(e -> """
                      <TxInfAndSts>
                        <OrgnlEndToEndId>%s</OrgnlEndToEndId>
                        <TxSts>RJCT</TxSts>
                        <StsRsnInf><Rsn><Cd>%s</Cd></Rsn></StsRsnInf>
                      </TxInfAndSts>
                """.formatted(e.getKey(), e.getValue())).collect(Collectors.joining());
        return Files.writeString(dir.resolve(messageId + ".xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>2031-03-04T18:00:00+01:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts>
                      <OrgnlMsgId>%s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>%s</GrpSts>
                    </OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts>
                      <OrgnlPmtInfId>%s-1</OrgnlPmtInfId><PmtInfSts>PART</PmtInfSts>
                %s
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """.formatted(messageId, batch, groupStatus, batch, transactions));
    }
}
