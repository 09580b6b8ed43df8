package dev.settle.scheme.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class Pain008WriterTests {

    static final Creditor CREDITOR = new Creditor("Settle GmbH & Co. KG", "DE89370400440532013000", "COBADEFFXXX",
            "DE98ZZZ09999999999");

    static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    static final CollectionBlock FIRST = new CollectionBlock("DD-1-FRST", LocalDate.of(2026, 11, 26), "FRST", 2,
            new BigDecimal("120.50"));

    static final CollectionBlock RECURRING = new CollectionBlock("DD-1-RCUR", LocalDate.of(2026, 11, 24), "RCUR", 3,
            new BigDecimal("1000.02"));

    static final Map<CollectionBlock, List<DirectDebit>> DEBITS = Map.of(FIRST, List.of(
            new DirectDebit("E2E-1", new BigDecimal("100"), "Jürgen Müller-Lüdenscheidt", "DE02120300000000202051",
                    "BYLADEM1001", "MANDATE-0001", LocalDate.of(2026, 11, 2), "Beitrag Dezember für Straße"),
            new DirectDebit("E2E-2", new BigDecimal("20.5"), "Zoë Léger 🎉", "FR1420041010050500013M02606", null,
                    "MANDATE 0002/b", LocalDate.of(2026, 11, 26), null)),
            RECURRING, List.of(
            new DirectDebit("E2E-3", new BigDecimal("999.99"), "MÜLLER ÄRZTE GbR", "AT611904300234573201", null,
                    "M-3", LocalDate.of(2024, 1, 15), "😀😀😀"),
            new DirectDebit("E2E-4", new BigDecimal("0.02"), "Ole Østergård", "NL91ABNA0417164300", "ABNANL2A",
                    "M-4", LocalDate.of(2025, 6, 30), "x".repeat(150)),
            new DirectDebit("E2E-5/(a).b,c'd+e?f:g", new BigDecimal("0.01"), "Ana Peña", "ES9121000418450200051332",
                    "CAIXESBBXXX", "M-5", LocalDate.of(2025, 7, 1), "Ref")));

    static final DirectDebitFileHeader HEADER = new DirectDebitFileHeader("DD-2026-11-21-001", CREATED, 5,
            new BigDecimal("1120.52"), CREDITOR);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void writesAFileThatValidatesAgainstItsOfficialSchema(Pain008Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        SepaSchemas.validate(published.file(), version.schemaResource());
        assertThat(published.file()).isEqualTo(this.dir.resolve("sdd.xml"));
        assertThat(Files.readString(published.file())).contains("xmlns=\"" + version.namespace() + "\"")
            .contains("<CstmrDrctDbtInitn>").contains("<PmtMtd>DD</PmtMtd>").contains("<ChrgBr>SLEV</ChrgBr>")
            .contains("<BtchBookg>true</BtchBookg>").contains("<CreDtTm>2026-11-21T09:30:00+01:00</CreDtTm>")
            .contains("Ccy=\"EUR\"");
        assertThat(this.dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void writesVersion02ThatAlsoValidatesAgainstTheSepaStrictSchema() throws Exception {
        // when
        PublishedFile published = write(Pain008Version.V02, HEADER);

        // then
        SepaSchemas.validate(published.file(), SepaSchemas.PAIN008_V02_SEPA_STRICT);
    }

    @Test
    void writesVersion08UnlessToldOtherwise() throws Exception {
        // when
        PublishedFile published = new Pain008Writer().write(this.dir, "sdd.xml", HEADER, List.of(FIRST, RECURRING),
                (block) -> DEBITS.get(block).iterator());

        // then
        assertThat(Files.readString(published.file())).contains(Pain008Version.V08.namespace());
        SepaSchemas.validate(published.file(), Pain008Version.V08.schemaResource());
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void announcedTotalsEqualTheWrittenTransactions(Pain008Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then: the group header first, then each block
        Pain008Files.Contents contents = Pain008Files.read(published.file());
        assertThat(contents.counts()).containsExactly(5L, 2L, 3L);
        assertThat(contents.sums()).containsExactly(new BigDecimal("1120.52"), new BigDecimal("120.50"),
                new BigDecimal("1000.02"));
        assertThat(contents.transactions()).isEqualTo(contents.counts().get(0)).isEqualTo(5);
        assertThat(contents.amounts()).isEqualByComparingTo(contents.sums().get(0));
        assertThat(contents.blocks()).hasSize(2);
        for (int i = 0; i < contents.blocks().size(); i++) {
            Pain008Files.Block block = contents.blocks().get(i);
            assertThat(block.transactions).isEqualTo(contents.counts().get(i + 1));
            assertThat(block.amounts).isEqualByComparingTo(contents.sums().get(i + 1));
        }
        assertThat(published.numberOfTransactions()).isEqualTo(5);
        assertThat(published.controlSum()).isEqualByComparingTo("1120.52");
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void writesFirstAndRecurrentBlocksAsSepaCoreWithTheCreditorIdentifier(Pain008Version version)
            throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        Pain008Files.Contents contents = Pain008Files.read(published.file());
        assertThat(contents.blocks()).extracting((block) -> block.id).containsExactly("DD-1-FRST", "DD-1-RCUR");
        assertThat(contents.blocks()).extracting((block) -> block.sequenceType).containsExactly("FRST", "RCUR");
        assertThat(contents.blocks()).extracting((block) -> block.collectionDate).containsExactly("2026-11-26",
                "2026-11-24");
        assertThat(contents.blocks()).allSatisfy((block) -> {
            assertThat(block.localInstrument).isEqualTo("CORE");
            assertThat(block.serviceLevel).isEqualTo("SEPA");
            assertThat(block.creditorSchemeIds).containsExactly("DE98ZZZ09999999999");
            assertThat(block.schemeNames).containsExactly("SEPA");
        });
        // the initiating party, then each block's creditor
        assertThat(contents.creditorNames()).containsExactly("Settle GmbH + Co. KG", "Settle GmbH + Co. KG",
                "Settle GmbH + Co. KG");
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void writesEachTransactionsMandateAndDebtorAgent(Pain008Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        Pain008Files.Contents contents = Pain008Files.read(published.file());
        Pain008Files.Block first = contents.blocks().get(0);
        Pain008Files.Block recurring = contents.blocks().get(1);
        assertThat(first.endToEndIds).containsExactly("E2E-1", "E2E-2");
        assertThat(first.mandateIds).containsExactly("MANDATE-0001", "MANDATE 0002/b");
        assertThat(first.signatureDates).containsExactly("2026-11-02", "2026-11-26");
        assertThat(first.debtorAgents).containsExactly("BYLADEM1001", "NOTPROVIDED");
        assertThat(recurring.endToEndIds).containsExactly("E2E-3", "E2E-4", "E2E-5/(a).b,c'd+e?f:g");
        assertThat(recurring.mandateIds).containsExactly("M-3", "M-4", "M-5");
        assertThat(recurring.signatureDates).containsExactly("2024-01-15", "2025-06-30", "2025-07-01");
        assertThat(recurring.debtorAgents).containsExactly("NOTPROVIDED", "ABNANL2A", "CAIXESBBXXX");
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void writesDebtorNamesAndRemittanceInTheSepaCharacterSetWithinTheSchemaLimits(Pain008Version version)
            throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        Pain008Files.Contents contents = Pain008Files.read(published.file());
        Pain008Files.Block first = contents.blocks().get(0);
        Pain008Files.Block recurring = contents.blocks().get(1);
        assertThat(first.debtorNames).containsExactly("Juergen Mueller-Luedenscheidt", "Zoe Leger");
        assertThat(recurring.debtorNames).containsExactly("MUELLER AERZTE GbR", "Ole Ostergard", "Ana Pena");
        assertThat(first.remittances).containsExactly("Beitrag Dezember fuer Strasse");
        // an emoji-only remittance leaves nothing to send, so that transaction has no RmtInf
        assertThat(recurring.remittances).containsExactly("x".repeat(140), "Ref");
    }

    @ParameterizedTest
    @EnumSource(Pain008Version.class)
    void publishesAManifestWithTheFilesSha256(Pain008Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        String sha256 = HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(published.file())));
        assertThat(published.sha256()).isEqualTo(sha256);
        assertThat(published.manifest()).isEqualTo(this.dir.resolve("sdd.xml.manifest.json"));
        Map<String, Object> manifest = JsonMapper.shared().readValue(published.manifest().toFile(),
                new TypeReference<Map<String, Object>>() {
                });
        assertThat(manifest).containsEntry("file", "sdd.xml").containsEntry("messageId", "DD-2026-11-21-001")
            .containsEntry("numberOfTransactions", 5).containsEntry("controlSum", "1120.52")
            .containsEntry("sha256", sha256);
    }

    PublishedFile write(Pain008Version version, DirectDebitFileHeader header) {
        return new Pain008Writer(version).write(this.dir, "sdd.xml", header, List.of(FIRST, RECURRING),
                (block) -> DEBITS.get(block).iterator());
    }

}
