package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.csvimport.FileDigest;
import dev.settle.order.OrderService;
import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@PostgresIntegrationTest
class CreditTransferFilesIntegrationTests {

    @Autowired
    CreditTransferFiles files;

    @Autowired
    FilePlanner planner;

    @Autowired
    DueInstructionClaimer claimer;

    @Autowired
    OrderService orders;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path outbox;

    Caller caller;
    SchemeConfig scheme;
    LocalDate businessDate;

    @BeforeEach
    void claimedAndPlannedPayments() {
        SettlementFixture fixture = SettlementFixture.create(admin, jdbc, orders);
        caller = fixture.caller;
        businessDate = fixture.businessDate;
        jdbc.sql("""
                UPDATE scheme SET max_items_per_file = 10, writer_type = 'SEPA_SCT', settings = ? WHERE tenant_id = ?
                """).params("{\"originatorName\":\"Demo Payments GmbH\",\"originatorIban\":\"DE02120300000000202051\","
                + "\"originatorBic\":\"BYLADEM1001\"}", caller.tenantId()).update();
        scheme = schemes.find(caller.tenantId(), "SEPA-CT-EUR").orElseThrow();
        fixture.order("ORD", IntStream.range(0, 25).mapToObj(i -> fixture.instruction("P-" + i, fixture.due(),
                "SEPA-CT-EUR", (i + 1) + ".25", true)).toList());
        claimer.claim(scheme, businessDate, 1L, 100);
    }

    @Test
    void plannedFilesAreWrittenValidWithTheLedgersTotalsAndEveryKeyOnce() throws Exception {
        List<PlannedFile> planned = planner.plan(scheme, businessDate);
        List<String> endToEndIds = new ArrayList<>();

        for (PlannedFile file : planned) {
            Path written = files.submit(scheme, businessDate, file, outbox);

            validate(written);
            Document xml = parse(written);
            assertThat(text(xml, "NbOfTxs")).isEqualTo(String.valueOf(file.payments()));
            assertThat(new BigDecimal(text(xml, "CtrlSum"))).isEqualByComparingTo(file.controlSum());
            assertThat(new BigDecimal(text(xml, "CtrlSum"))).isEqualByComparingTo(ledgerSum(file.batchId()));
            NodeList ids = xml.getElementsByTagNameNS("*", "EndToEndId");
            for (int i = 0; i < ids.getLength(); i++) {
                endToEndIds.add(ids.item(i).getTextContent());
            }
        }

        assertThat(endToEndIds).hasSize(25).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jdbc.sql("SELECT payment_key FROM submission WHERE tenant_id = ?")
                        .param(caller.tenantId()).query(String.class).list());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND state = 'SUBMITTED'")
                .param(caller.tenantId()).query(Long.class).single()).isEqualTo(25);
        assertThat(planner.plan(scheme, businessDate)).isEmpty();
    }

    @Test
    void aFilePublishedBeforeACrashIsNotWrittenAgainOnlyItsRowsAreMarked() throws Exception {
        PlannedFile file = planner.plan(scheme, businessDate).get(0);
        Path written = files.submit(scheme, businessDate, file, outbox);
        String sha = FileDigest.sha256(written);
        // The crash came after publishing and before the rows were marked: the ledger still says CLAIMED.
        jdbc.sql("UPDATE submission SET state = 'CLAIMED' WHERE batch_id = ?").param(file.batchId()).update();

        Path again = files.submit(scheme, businessDate, planner.plan(scheme, businessDate).get(0), outbox);

        assertThat(again).isEqualTo(written);
        assertThat(FileDigest.sha256(again)).isEqualTo(sha);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE batch_id = ? AND state = 'SUBMITTED'")
                .param(file.batchId()).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void aHalfWrittenFileFromACrashIsReplacedAndNeverPublishedAsItWas() throws Exception {
        PlannedFile file = planner.plan(scheme, businessDate).get(0);
        Files.writeString(outbox.resolve(file.batchId() + ".xml.part"), "<Document><half");

        Path written = files.submit(scheme, businessDate, file, outbox);

        validate(written);
        assertThat(outbox.resolve(file.batchId() + ".xml.part")).doesNotExist();
        assertThat(text(parse(written), "NbOfTxs")).isEqualTo("10");
    }

    private BigDecimal ledgerSum(String batchId) {
        return jdbc.sql("SELECT SUM(amount) FROM submission WHERE batch_id = ?").param(batchId).query(BigDecimal.class)
                .single();
    }

    private static void validate(Path file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/main/resources/iso20022/pain.001.001.09.xsd").toFile()).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagNameNS("*", element).item(0).getTextContent();
    }

}
