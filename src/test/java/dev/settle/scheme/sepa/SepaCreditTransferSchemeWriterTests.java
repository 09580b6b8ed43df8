package dev.settle.scheme.sepa;

import static dev.settle.scheme.sepa.SepaSchemeBatches.CLOCK;
import static dev.settle.scheme.sepa.SepaSchemeBatches.MONDAY;
import static dev.settle.scheme.sepa.SepaSchemeBatches.TUESDAY;
import static dev.settle.scheme.sepa.SepaSchemeBatches.credit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SepaCreditTransferSchemeWriterTests {

    static final Map<String, String> SETTINGS = Map.of("originatorName", "Settle GmbH & Co. KG", "originatorIban",
            "DE89370400440532013000", "originatorBic", "COBADEFFXXX");

    // Amounts with three decimals, as the ledger keeps them: SEPA files carry whole cents.
    static final List<Payment> PAYMENTS = List.of(credit("K-1", "100.000", MONDAY), credit("K-2", "20.50", TUESDAY),
            credit("K-3", "0.01", MONDAY), credit("K-4", "999.99", MONDAY), credit("K-5", "7.250", TUESDAY));

    @TempDir
    Path root;

    Path outbox;

    SepaCreditTransferSchemeWriter writer;

    SchemeSettings scheme;

    @BeforeEach
    void writer() {
        this.outbox = this.root.resolve("outbox");
        this.writer = new SepaCreditTransferSchemeWriter(new SepaProperties(this.outbox), CLOCK);
        this.scheme = SepaSchemeBatches.scheme("SEPA_SCT", SETTINGS);
    }

    @ParameterizedTest
    @CsvSource({ "03, V03", "09, V09" })
    void writesAFileThatValidatesAgainstTheOfficialSchema(String painVersion, Pain001Version version)
            throws Exception {
        // given
        SubmissionBatch batch = SubmissionBatch.of(scheme(Map.of("painVersion", painVersion)), "B-1", PAYMENTS);

        // when
        Path file = submit(batch);

        // then
        SepaSchemas.validate(file, version.schemaResource());
        assertThat(Files.readString(file)).contains(version.namespace()).contains("<MsgId>B-1</MsgId>")
            .contains("<CreDtTm>2031-03-14T08:15:00Z</CreDtTm>");
    }

    @Test
    void writesVersion03ThatAlsoValidatesAgainstTheSepaStrictSchema() throws Exception {
        // when
        Path file = submit(SubmissionBatch.of(scheme(Map.of("painVersion", "03")), "B-1", PAYMENTS));

        // then
        SepaSchemas.validate(file, SepaSchemas.PAIN001_V03_SEPA_STRICT);
    }

    @Test
    void writesVersion09UnlessToldOtherwise() throws Exception {
        // when
        Path file = submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS));

        // then
        assertThat(Files.readString(file)).contains(Pain001Version.V09.namespace());
    }

    @Test
    void answersPendingForTheWholeBatchUnderTheFileInTheTenantsSchemeFolder() throws Exception {
        // when
        SubmissionResult result = this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS));

        // then
        Path file = this.outbox.resolve(this.scheme.tenantId().toString()).resolve("SEPA-EUR").resolve("B-1.xml");
        assertThat(result).isEqualTo(
                SubmissionResult.wholeBatch(PaymentOutcome.Status.PENDING, file.toAbsolutePath().toString()));
        assertThat(file).exists();
        assertThat(SepaPublication.manifestOf(file)).exists();
    }

    @Test
    void publishesInTheSchemesOwnOutputDirectoryWhenItNamesOne() throws Exception {
        // given
        Path own = this.root.resolve("bank-a").resolve("upload");

        // when
        Path file = submit(SubmissionBatch.of(scheme(Map.of("outputDirectory", own.toString())), "B-1", PAYMENTS));

        // then
        assertThat(file).isEqualTo(own.resolve("B-1.xml").toAbsolutePath());
        assertThat(this.outbox).doesNotExist();
    }

    @Test
    void writesOneBlockPerGroupInGroupOrderWithTheGroupsDateCountAndSum() throws Exception {
        // when
        Path file = submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS));

        // then: the group header first, then each block
        Pain001Files.Contents contents = Pain001Files.read(file);
        assertThat(contents.blocks()).extracting((block) -> block.id).containsExactly("B-1-1", "B-1-2");
        assertThat(contents.blocks().get(0).endToEndIds).containsExactly("K-1", "K-3", "K-4");
        assertThat(contents.blocks().get(1).endToEndIds).containsExactly("K-2", "K-5");
        assertThat(executionDates(file)).containsExactly(MONDAY.toString(), TUESDAY.toString());
        assertThat(contents.counts()).containsExactly(5L, 3L, 2L);
        assertThat(contents.sums()).containsExactly(new BigDecimal("1127.75"), new BigDecimal("1100.00"),
                new BigDecimal("27.75"));
        assertThat(contents.amounts()).isEqualByComparingTo(SepaSchemeBatches.sum(PAYMENTS));
        JsonNode manifest = SepaSchemeBatches.manifest(file);
        assertThat(manifest.get("numberOfTransactions").asLong()).isEqualTo(5);
        assertThat(new BigDecimal(manifest.get("controlSum").asString()))
            .isEqualByComparingTo(SepaSchemeBatches.sum(PAYMENTS));
    }

    @Test
    void remittanceIsThePaymentsOwnTextElseTheInstructionReference() throws Exception {
        // given
        Payment withText = new Payment("K-9", "I-K-9", "CREDIT", new BigDecimal("5.00"), "EUR", MONDAY,
                PAYMENTS.get(0).counterparty(), "Invoice 2031-17");

        // when
        Path file = submit(SubmissionBatch.of(this.scheme, "B-1", List.of(PAYMENTS.get(0), withText)));

        // then
        assertThat(Pain001Files.read(file).blocks().get(0).remittances).containsExactly("I-K-1", "Invoice 2031-17");
    }

    @Test
    void resubmittingAPublishedBatchAnswersTheSameWithoutWritingAgain() throws Exception {
        // given
        SubmissionResult first = this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS));
        Path file = file("B-1");
        String sha256 = SepaSchemeBatches.sha256(file);
        var again = new SepaSchemeBatches.CountingBatch(this.scheme, "B-1", PAYMENTS);

        // when
        SubmissionResult second = this.writer.submit(again.batch);

        // then
        assertThat(second).isEqualTo(first);
        assertThat(SepaSchemeBatches.sha256(file)).isEqualTo(sha256);
        assertThat(again.opened).hasValue(0);
    }

    @Test
    void aFileLeftWithoutItsManifestByACrashGetsItRebuiltFromTheFile() throws Exception {
        // given: a crash between publishing the file and its manifest
        SubmissionResult first = this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS));
        Path file = file("B-1");
        String sha256 = SepaSchemeBatches.sha256(file);
        Files.delete(SepaPublication.manifestOf(file));
        var again = new SepaSchemeBatches.CountingBatch(this.scheme, "B-1", PAYMENTS);

        // when
        SubmissionResult second = this.writer.submit(again.batch);

        // then
        assertThat(second).isEqualTo(first);
        assertThat(SepaSchemeBatches.sha256(file)).isEqualTo(sha256);
        assertThat(again.opened).hasValue(0);
        JsonNode manifest = SepaSchemeBatches.manifest(file);
        assertThat(manifest.get("file").asString()).isEqualTo("B-1.xml");
        assertThat(manifest.get("messageId").asString()).isEqualTo("B-1");
        assertThat(manifest.get("numberOfTransactions").asLong()).isEqualTo(5);
        assertThat(manifest.get("controlSum").asString()).isEqualTo("1127.75");
        assertThat(manifest.get("sha256").asString()).isEqualTo(sha256);
        assertThat(file.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aPublishedFileOfOtherContentIsRefusedAndLeftAlone() throws Exception {
        // given
        this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS.subList(0, 2)));
        Path file = file("B-1");
        String sha256 = SepaSchemeBatches.sha256(file);
        String manifest = Files.readString(SepaPublication.manifestOf(file));

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(file.toString())
            .hasMessageContaining("announces 5 payments of 1127.750")
            .hasMessageContaining("holds 2 of 120.50")
            .hasMessageContaining("produced for different content")
            .hasMessageContaining("never overwritten");
        assertThat(SepaSchemeBatches.sha256(file)).isEqualTo(sha256);
        assertThat(Files.readString(SepaPublication.manifestOf(file))).isEqualTo(manifest);
    }

    @Test
    void aFileWithoutManifestOfOtherContentIsRefusedOnceItsManifestIsRebuilt() throws Exception {
        // given
        this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS.subList(0, 2)));
        Path file = file("B-1");
        String sha256 = SepaSchemeBatches.sha256(file);
        Files.delete(SepaPublication.manifestOf(file));

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("holds 2 of 120.50");
        assertThat(SepaSchemeBatches.sha256(file)).isEqualTo(sha256);
        assertThat(SepaSchemeBatches.manifest(file).get("sha256").asString()).isEqualTo(sha256);
    }

    @Test
    void aStalePartFileIsWrittenAfreshAndPublished() throws Exception {
        // given: a crash while the file was being written
        Path directory = file("B-1").getParent();
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("B-1.xml.part"), "<Document><CstmrCdtTrfInitn><GrpHdr>");

        // when
        Path file = submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS));

        // then
        SepaSchemas.validate(file, Pain001Version.V09.schemaResource());
        assertThat(SepaSchemeBatches.manifest(file).get("sha256").asString())
            .isEqualTo(SepaSchemeBatches.sha256(file));
        assertThat(directory).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void refusesAPaymentInAnotherCurrencyAndPublishesNothing() {
        // given
        List<Payment> payments = List.of(PAYMENTS.get(0), SepaSchemeBatches.withCurrency(PAYMENTS.get(2), "USD"));
        var batch = new SepaSchemeBatches.CountingBatch(this.scheme, "B-1", payments);

        // when / then
        assertThatThrownBy(() -> this.writer.submit(batch.batch)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Batch B-1").hasMessageContaining("payment K-3").hasMessageContaining("USD");
        assertThat(file("B-1").getParent()).isEmptyDirectory();
        assertThat(batch.closed).hasValue(batch.opened.get()).hasPositiveValue();
    }

    @Test
    void refusesADebitAndPublishesNothing() {
        // given
        List<Payment> payments = List.of(SepaSchemeBatches.withDirection(PAYMENTS.get(0), "DEBIT"));

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", payments)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Batch B-1").hasMessageContaining("payment K-1").hasMessageContaining("CREDIT");
        assertThat(file("B-1").getParent()).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = { "originatorName", "originatorIban" })
    void aMissingSettingIsNamedWithTheScheme(String setting) {
        // given
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.remove(setting);
        SchemeSettings incomplete = SepaSchemeBatches.scheme("SEPA_SCT", settings);

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(incomplete, "B-1", PAYMENTS)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("SEPA-EUR")
            .hasMessageContaining("'" + setting + "'");
        assertThat(file("B-1").getParent()).isEmptyDirectory();
    }

    @Test
    void anUnknownPainVersionIsNamedWithTheAllowedOnes() {
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(scheme(Map.of("painVersion", "08")), "B-1",
                PAYMENTS))).isInstanceOf(IllegalStateException.class).hasMessageContaining("SEPA-EUR")
            .hasMessageContaining("painVersion").hasMessageContaining("'08'").hasMessageContaining("[03, 09]");
    }

    @Test
    void statusFindsAKeyInAPublishedFileAndNothingForAnUnknownKey() throws Exception {
        // given
        this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS.subList(0, 2)));
        this.writer.submit(SubmissionBatch.of(this.scheme, "B-2", PAYMENTS.subList(2, 5)));

        // when / then
        assertThat(this.writer.status(this.scheme, "K-4"))
            .contains(PaymentOutcome.pending("K-4", file("B-2").toAbsolutePath().toString()));
        assertThat(this.writer.status(this.scheme, "K-1"))
            .contains(PaymentOutcome.pending("K-1", file("B-1").toAbsolutePath().toString()));
        assertThat(this.writer.status(this.scheme, "K-404")).isEmpty();
        assertThat(this.writer.status(SepaSchemeBatches.scheme("SEPA_SCT", Map.of("outputDirectory",
                this.root.resolve("never-used").toString())), "K-1")).isEmpty();
    }

    @Test
    void statusOfAKeyInAFileWhoseManifestIsMissingIsUnknownNotAbsent() throws Exception {
        // given: a crash between the file's rename and its manifest's
        this.writer.submit(SubmissionBatch.of(this.scheme, "B-1", PAYMENTS.subList(0, 2)));
        Files.delete(Path.of(file("B-1") + ".manifest.json"));

        // when
        Optional<PaymentOutcome> status = this.writer.status(this.scheme, "K-1");

        // then
        assertThat(status).get().extracting(PaymentOutcome::status).isEqualTo(PaymentOutcome.Status.UNKNOWN);
        assertThat(status.get().reasonText()).contains("has no manifest yet");
    }

    @Test
    void closesTheStreamOfEveryBlock() throws Exception {
        // given
        var batch = new SepaSchemeBatches.CountingBatch(this.scheme, "B-1", PAYMENTS);

        // when
        this.writer.submit(batch.batch);

        // then
        assertThat(batch.opened).hasValue(2);
        assertThat(batch.closed).hasValue(2);
    }

    private SchemeSettings scheme(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.putAll(extra);
        return SepaSchemeBatches.scheme("SEPA_SCT", settings);
    }

    private Path submit(SubmissionBatch batch) throws Exception {
        SubmissionResult.WholeBatch result = (SubmissionResult.WholeBatch) this.writer.submit(batch);
        return Path.of(result.schemeReference());
    }

    private Path file(String batchId) {
        return this.outbox.resolve(this.scheme.tenantId().toString()).resolve("SEPA-EUR").resolve(batchId + ".xml");
    }

    // ReqdExctnDt is a date in pain.001.001.03 and holds a Dt element in .09: the text under it either way.
    private static List<String> executionDates(Path file) throws Exception {
        List<String> dates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SepaXmlInput.open(in);
            boolean inDate = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "ReqdExctnDt".equals(xml.getLocalName())) {
                    inDate = true;
                }
                else if (event == XMLStreamConstants.END_ELEMENT && "ReqdExctnDt".equals(xml.getLocalName())) {
                    inDate = false;
                }
                else if (inDate && event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                    dates.add(xml.getText());
                }
            }
        }
        return dates;
    }

}
