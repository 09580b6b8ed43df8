package dev.settle.scheme.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class Pain001WriterTests {

    static final Originator ORIGINATOR = new Originator("Settle GmbH & Co. KG", "DE89370400440532013000",
            "COBADEFFXXX");

    static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    static final PaymentBlock FIRST = new PaymentBlock("RUN-1-BLOCK-1", LocalDate.of(2026, 11, 23), 3,
            new BigDecimal("1234.57"));

    static final PaymentBlock SECOND = new PaymentBlock("RUN-1-BLOCK-2", LocalDate.of(2026, 11, 24), 2,
            new BigDecimal("0.51"));

    static final Map<PaymentBlock, List<CreditTransfer>> TRANSFERS = Map.of(FIRST, List.of(
            new CreditTransfer("E2E-1", new BigDecimal("1000"), "Jürgen Müller-Lüdenscheidt", "DE02120300000000202051",
                    "BYLADEM1001", "Rechnung 4711 für Straße"),
            new CreditTransfer("E2E-2", new BigDecimal("234.5"), "Zoë Léger 🎉", "FR1420041010050500013M02606",
                    null, "x".repeat(100) + " Überweisung " + "y".repeat(87)),
            new CreditTransfer("E2E-3", new BigDecimal("0.07"), "N".repeat(80), "NL91ABNA0417164300",
                    "ABNANL2A", null)),
            SECOND, List.of(
            new CreditTransfer("E2E-4", new BigDecimal("0.50"), "Ole Østergård", "AT611904300234573201",
                    null, "😀😀😀"),
            new CreditTransfer("E2E-5/(a).b,c'd+e?f:g", new BigDecimal("0.01"), "Ana Peña", "ES9121000418450200051332",
                    "CAIXESBBXXX", "Ref")));

    static final FileHeader HEADER = new FileHeader("MSG-2026-11-21-001", CREATED, 5, new BigDecimal("1235.08"),
            ORIGINATOR);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void writesAFileThatValidatesAgainstItsOfficialSchema(Pain001Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        SepaSchemas.validate(published.file(), version.schemaResource());
        if (version == Pain001Version.V03) {
            SepaSchemas.validate(published.file(), SepaSchemas.PAIN001_V03_SEPA_STRICT);
        }
        assertThat(published.file()).isEqualTo(this.dir.resolve("sct.xml"));
        assertThat(Files.readString(published.file())).contains("<SvcLvl><Cd>SEPA</Cd></SvcLvl>")
            .contains("<ChrgBr>SLEV</ChrgBr>").contains("<BtchBookg>true</BtchBookg>")
            .contains("<CreDtTm>2026-11-21T09:30:00+01:00</CreDtTm>").contains("Ccy=\"EUR\"");
        assertThat(this.dir).isDirectoryNotContaining("glob:**.part");
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void announcedTotalsEqualTheWrittenTransactions(Pain001Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then: the group header first, then each block
        Pain001Files.Contents contents = Pain001Files.read(published.file());
        assertThat(contents.counts()).containsExactly(5L, 3L, 2L);
        assertThat(contents.sums()).containsExactly(new BigDecimal("1235.08"), new BigDecimal("1234.57"),
                new BigDecimal("0.51"));
        assertThat(contents.transactions()).isEqualTo(contents.counts().get(0)).isEqualTo(5);
        assertThat(contents.amounts()).isEqualByComparingTo(contents.sums().get(0));
        assertThat(contents.blocks()).extracting((block) -> block.id).containsExactly(FIRST.paymentInformationId(),
                SECOND.paymentInformationId());
        for (int i = 0; i < contents.blocks().size(); i++) {
            Pain001Files.Block block = contents.blocks().get(i);
            assertThat(block.transactions).isEqualTo(contents.counts().get(i + 1));
            assertThat(block.amounts).isEqualByComparingTo(contents.sums().get(i + 1));
        }
        assertThat(published.numberOfTransactions()).isEqualTo(5);
        assertThat(published.controlSum()).isEqualByComparingTo("1235.08");
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void writesNamesAndRemittanceInTheSepaCharacterSetWithinTheSchemaLimits(Pain001Version version)
            throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        Pain001Files.Contents contents = Pain001Files.read(published.file());
        Pain001Files.Block first = contents.blocks().get(0);
        Pain001Files.Block second = contents.blocks().get(1);
        assertThat(contents.debtorNames()).containsOnly("Settle GmbH + Co. KG");
        assertThat(first.creditorNames).containsExactly("Juergen Mueller-Luedenscheidt", "Zoe Leger", "N".repeat(70));
        assertThat(first.remittances).containsExactly("Rechnung 4711 fuer Strasse",
                "x".repeat(100) + " Ueberweisung " + "y".repeat(26));
        assertThat(second.creditorNames).containsExactly("Ole Ostergard", "Ana Pena");
        // an emoji-only remittance leaves nothing to send, so the transaction has no RmtInf
        assertThat(second.remittances).containsExactly("Ref");
        assertThat(first.endToEndIds).containsExactly("E2E-1", "E2E-2", "E2E-3");
        assertThat(second.endToEndIds).containsExactly("E2E-4", "E2E-5/(a).b,c'd+e?f:g");
    }

    @ParameterizedTest
    @EnumSource(Pain001Version.class)
    void publishesAManifestWithTheFilesSha256(Pain001Version version) throws Exception {
        // when
        PublishedFile published = write(version, HEADER);

        // then
        String sha256 = HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(published.file())));
        assertThat(published.sha256()).isEqualTo(sha256);
        assertThat(published.manifest()).isEqualTo(this.dir.resolve("sct.xml.manifest.json"));
        Map<String, Object> manifest = JsonMapper.shared().readValue(published.manifest().toFile(),
                new TypeReference<Map<String, Object>>() {
                });
        assertThat(manifest).containsEntry("file", "sct.xml").containsEntry("messageId", "MSG-2026-11-21-001")
            .containsEntry("numberOfTransactions", 5).containsEntry("controlSum", "1235.08")
            .containsEntry("sha256", sha256);
    }

    PublishedFile write(Pain001Version version, FileHeader header) {
        return new Pain001Writer(version).write(this.dir, "sct.xml", header, List.of(FIRST, SECOND),
                (block) -> TRANSFERS.get(block).iterator());
    }

}
