package dev.settle.scheme.sepa;

import static dev.settle.scheme.sepa.SepaSchemeBatches.CLOCK;
import static dev.settle.scheme.sepa.SepaSchemeBatches.MONDAY;
import static dev.settle.scheme.sepa.SepaSchemeBatches.TUESDAY;
import static dev.settle.scheme.sepa.SepaSchemeBatches.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SepaDirectDebitSchemeWriterTests {

    static final Map<String, String> SETTINGS = Map.of("creditorName", "Settle GmbH & Co. KG", "creditorIban",
            "DE89370400440532013000", "creditorBic", "COBADEFFXXX", "creditorSchemeId", "DE98ZZZ09999999999");

    static final List<Payment> PAYMENTS = List.of(debit("D-1", "100.000", TUESDAY, "FRST"),
            debit("D-2", "20.50", MONDAY, "RCUR"), debit("D-3", "0.01", TUESDAY, "FRST"),
            debit("D-4", "999.99", MONDAY, "RCUR"), debit("D-5", "7.250", MONDAY, "RCUR"));

    @TempDir
    Path root;

    Path outbox;

    SepaDirectDebitSchemeWriter writer;

    SchemeSettings scheme;

    @BeforeEach
    void writer() {
        this.outbox = this.root.resolve("outbox");
        this.writer = new SepaDirectDebitSchemeWriter(new SepaProperties(this.outbox), CLOCK);
        this.scheme = SepaSchemeBatches.scheme("SEPA_SDD_CORE", SETTINGS);
    }

    @ParameterizedTest
    @CsvSource({ "02, V02", "08, V08" })
    void writesAFileThatValidatesAgainstTheOfficialSchema(String painVersion, Pain008Version version)
            throws Exception {
        // when
        Path file = submit(SubmissionBatch.of(scheme(Map.of("painVersion", painVersion)), "DD-1", PAYMENTS));

        // then
        SepaSchemas.validate(file, version.schemaResource());
        assertThat(Files.readString(file)).contains(version.namespace()).contains("<MsgId>DD-1</MsgId>");
    }

    @Test
    void writesVersion02ThatAlsoValidatesAgainstTheSepaStrictSchema() throws Exception {
        // when
        Path file = submit(SubmissionBatch.of(scheme(Map.of("painVersion", "02")), "DD-1", PAYMENTS));

        // then
        SepaSchemas.validate(file, SepaSchemas.PAIN008_V02_SEPA_STRICT);
    }

    @Test
    void writesVersion08UnlessToldOtherwise() throws Exception {
        // when
        Path file = submit(SubmissionBatch.of(this.scheme, "DD-1", PAYMENTS));

        // then
        assertThat(Files.readString(file)).contains(Pain008Version.V08.namespace());
    }

    @Test
    void firstAndRecurrentGroupsBecomeBlocksWithTheirSequenceTypeDateCountAndSum() throws Exception {
        // when
        SubmissionResult result = this.writer.submit(SubmissionBatch.of(this.scheme, "DD-1", PAYMENTS));

        // then
        Path file = file("DD-1");
        assertThat(result).isEqualTo(
                SubmissionResult.wholeBatch(PaymentOutcome.Status.PENDING, file.toAbsolutePath().toString()));
        Pain008Files.Contents contents = Pain008Files.read(file);
        assertThat(contents.blocks()).extracting((block) -> block.id, (block) -> block.sequenceType,
                (block) -> block.collectionDate, (block) -> block.transactions)
            .containsExactly(tuple("DD-1-1", "FRST", TUESDAY.toString(), 2L),
                    tuple("DD-1-2", "RCUR", MONDAY.toString(), 3L));
        assertThat(contents.blocks().get(0).endToEndIds).containsExactly("D-1", "D-3");
        assertThat(contents.blocks().get(0).mandateIds).containsExactly("MANDATE-D-1", "MANDATE-D-3");
        assertThat(contents.blocks().get(1).remittances).containsExactly("Membership D-2", "Membership D-4",
                "Membership D-5");
        assertThat(contents.counts()).containsExactly(5L, 2L, 3L);
        assertThat(contents.sums()).containsExactly(new BigDecimal("1127.75"), new BigDecimal("100.01"),
                new BigDecimal("1027.74"));
        assertThat(contents.amounts()).isEqualByComparingTo(SepaSchemeBatches.sum(PAYMENTS));
        assertThat(contents.blocks().get(0).creditorSchemeIds).containsExactly("DE98ZZZ09999999999");
    }

    @Test
    void resubmittingAPublishedBatchAnswersTheSameWithoutWritingAgain() throws Exception {
        // given
        SubmissionResult first = this.writer.submit(SubmissionBatch.of(this.scheme, "DD-1", PAYMENTS));
        String sha256 = SepaSchemeBatches.sha256(file("DD-1"));
        Files.delete(SepaPublication.manifestOf(file("DD-1")));
        var again = new SepaSchemeBatches.CountingBatch(this.scheme, "DD-1", PAYMENTS);

        // when
        SubmissionResult second = this.writer.submit(again.batch);

        // then
        assertThat(second).isEqualTo(first);
        assertThat(again.opened).hasValue(0);
        assertThat(SepaSchemeBatches.sha256(file("DD-1"))).isEqualTo(sha256);
        assertThat(SepaSchemeBatches.manifest(file("DD-1")).get("sha256").asString()).isEqualTo(sha256);
    }

    @Test
    void refusesACreditAndPublishesNothing() {
        // given
        List<Payment> payments = List.of(PAYMENTS.get(0), SepaSchemeBatches.withDirection(PAYMENTS.get(2), "CREDIT"));
        var batch = new SepaSchemeBatches.CountingBatch(this.scheme, "DD-1", payments);

        // when / then
        assertThatThrownBy(() -> this.writer.submit(batch.batch)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Batch DD-1").hasMessageContaining("payment D-3").hasMessageContaining("DEBIT");
        assertThat(file("DD-1").getParent()).isEmptyDirectory();
        assertThat(batch.closed).hasValue(batch.opened.get()).hasPositiveValue();
    }

    @Test
    void refusesAPaymentInAnotherCurrencyAndPublishesNothing() {
        // given
        List<Payment> payments = List.of(SepaSchemeBatches.withCurrency(PAYMENTS.get(1), "CHF"));

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(this.scheme, "DD-1", payments)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Batch DD-1").hasMessageContaining("payment D-2").hasMessageContaining("CHF");
        assertThat(file("DD-1").getParent()).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = { "OOFF", "FNAL" })
    void refusesAGroupThatIsNeitherFirstNorRecurrent(String sequenceType) {
        // given
        List<Payment> payments = List.of(PAYMENTS.get(0), debit("D-9", "1.00", MONDAY, sequenceType));

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(this.scheme, "DD-1", payments)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("Batch DD-1")
            .hasMessageContaining("'" + sequenceType + "'").hasMessageContaining("FRST and RCUR");
        assertThat(file("DD-1").getParent()).isEmptyDirectory();
    }

    @Test
    void refusesADebitWithoutMandate() {
        // given
        Payment noMandate = new Payment("D-9", "I-9", "DEBIT", new BigDecimal("1.00"), "EUR", MONDAY,
                new Payment.Counterparty("Ana Peña", "ES9121000418450200051332", null, null, null, "RCUR", null),
                null);

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(this.scheme, "DD-1", List.of(noMandate))))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("payment D-9")
            .hasMessageContaining("mandate");
        assertThat(file("DD-1").getParent()).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = { "creditorName", "creditorIban", "creditorSchemeId" })
    void aMissingSettingIsNamedWithTheScheme(String setting) {
        // given
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.remove(setting);
        SchemeSettings incomplete = SepaSchemeBatches.scheme("SEPA_SDD_CORE", settings);

        // when / then
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(incomplete, "DD-1", PAYMENTS)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("SEPA-EUR")
            .hasMessageContaining("'" + setting + "'");
        assertThat(file("DD-1").getParent()).isEmptyDirectory();
    }

    @Test
    void anUnknownPainVersionIsNamedWithTheAllowedOnes() {
        assertThatThrownBy(() -> this.writer.submit(SubmissionBatch.of(scheme(Map.of("painVersion", "09")), "DD-1",
                PAYMENTS))).isInstanceOf(IllegalStateException.class).hasMessageContaining("SEPA-EUR")
            .hasMessageContaining("painVersion").hasMessageContaining("'09'").hasMessageContaining("[02, 08]");
    }

    @Test
    void statusFindsAKeyInAPublishedFileAndNothingForAnUnknownKey() throws Exception {
        // given
        this.writer.submit(SubmissionBatch.of(this.scheme, "DD-1", PAYMENTS));

        // when / then
        assertThat(this.writer.status(this.scheme, "D-5"))
            .contains(PaymentOutcome.pending("D-5", file("DD-1").toAbsolutePath().toString()));
        assertThat(this.writer.status(this.scheme, "MANDATE-D-5")).isEmpty();
    }

    @Test
    void closesTheStreamOfEveryBlockAlsoWhenTheFileFails() throws Exception {
        // given: the last debit's mandate is signed after its collection date
        Payment late = new Payment("D-9", "I-9", "DEBIT", new BigDecimal("1.00"), "EUR", MONDAY,
                new Payment.Counterparty("Ana Peña", "ES9121000418450200051332", null, "M-9", TUESDAY, "RCUR",
                        null), null);
        var good = new SepaSchemeBatches.CountingBatch(this.scheme, "DD-1", PAYMENTS);
        var bad = new SepaSchemeBatches.CountingBatch(this.scheme, "DD-2",
                List.of(PAYMENTS.get(0), PAYMENTS.get(1), late));

        // when
        this.writer.submit(good.batch);
        assertThatThrownBy(() -> this.writer.submit(bad.batch)).isInstanceOf(Pain008Exception.class)
            .hasMessageContaining("D-9");

        // then
        assertThat(good.opened).hasValue(2);
        assertThat(good.closed).hasValue(2);
        assertThat(bad.opened).hasValue(2);
        assertThat(bad.closed).hasValue(2);
        assertThat(file("DD-2")).doesNotExist();
    }

    private SchemeSettings scheme(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(SETTINGS);
        settings.putAll(extra);
        return SepaSchemeBatches.scheme("SEPA_SDD_CORE", settings);
    }

    private Path submit(SubmissionBatch batch) throws Exception {
        SubmissionResult.WholeBatch result = (SubmissionResult.WholeBatch) this.writer.submit(batch);
        return Path.of(result.schemeReference());
    }

    private Path file(String batchId) {
        return this.outbox.resolve(this.scheme.tenantId().toString()).resolve("SEPA-EUR").resolve(batchId + ".xml");
    }

}
