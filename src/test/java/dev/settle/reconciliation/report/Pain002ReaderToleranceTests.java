package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.Pain002Fixtures.block;
import static dev.settle.reconciliation.report.Pain002Fixtures.file;
import static dev.settle.reconciliation.report.Pain002Fixtures.fixture;
import static dev.settle.reconciliation.report.Pain002Fixtures.payment;
import static dev.settle.reconciliation.report.Pain002Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.settle.reconciliation.report.Pain002Fixtures.Reading;

class Pain002ReaderToleranceTests {

    @TempDir
    Path dir;

    @Test
    void skipsUnknownElementsAndOtherNamespacesSilentlyAndTakesOnlyTheIsoFields() {
        // when
        Reading reading = read("pain002-v10-with-extra-fields.xml");

        // then: not the bank's own TxSts, not ChrgsInf's or IntrBkSttlmAmt's amount, nothing from SplmtryData
        assertThat(reading.entries()).containsExactly(file(1, "F210", "PART", null, null),
                block(2, "F210", "F210-1", "PART", null, null),
                payment(3, "F210", "F210-1", "S71-1", "COBA-DD-RJ-4410", "RJCT", "MD07", "End customer is deceased.",
                        "39.90", "2026-12-01"),
                payment(4, "F210", "F210-1", "S72-1", "COBA2612010088123", "ACSC", null, null, "49.90",
                        "2026-12-01"));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void reportsMissingIdentifiersAsProblemsAndStillTakesWhatNamesAPayment() {
        // when
        Reading reading = read("pain002-v10-missing-ids.xml");

        // then
        assertThat(reading.entries()).containsExactly(block(1, null, "F220-1", "PART", null, null),
                payment(2, null, "F220-1", "S80-1", null, "RJCT", "AC06",
                        "Account specified is blocked, prohibiting posting of transactions against it.", null, null),
                payment(3, null, null, "S81-1", null, "RJCT", "RC01", IsoReasonCodes.definition("RC01").get(), null,
                        null));
        assertThat(reading.problems()).extracting(ReportProblem::position).containsExactly(0, 3, 3);
        assertThat(reading.problems().get(0).message()).contains("OrgnlGrpInfAndSts", "no OrgnlMsgId", "PART");
        assertThat(reading.problems().get(1).message()).startsWith("TxInfAndSts without OrgnlEndToEndId")
            .contains("line 29", "BANK-RJ-55012", "RJCT");
        assertThat(reading.problems().get(2).message()).contains("OrgnlPmtInfAndSts", "without OrgnlPmtInfId",
                "RJCT");
    }

    @Test
    void reportsValuesThatDoNotParseAndTakesTheirEntriesWithoutThem() {
        // when
        Reading reading = read("pain002-v10-bad-values.xml");

        // then
        assertThat(reading.entries()).containsExactly(
                payment(1, "F230", "F230-1", "S90-1", null, "RJCT", "AM04",
                        IsoReasonCodes.definition("AM04").get(), null, "2026-12-04"),
                payment(2, "F230", "F230-1", "S91-1", null, "RJCT", "AC01", IsoReasonCodes.definition("AC01").get(),
                        null, null));
        assertThat(reading.problems()).extracting(ReportProblem::position).containsExactly(1, 2, 2);
        assertThat(reading.problems().get(0).message()).contains("S90-1", "'12,50'", "not a number");
        assertThat(reading.problems().get(1).message()).contains("S91-1", "'80.00'", "no Ccy");
        assertThat(reading.problems().get(2).message()).contains("S91-1", "'2026-12-32'", "not a date");
    }

    @Test
    void failsOnXmlThatIsNotWellFormedNamingTheFileAndTheLine() {
        // given
        Path file = fixture("pain002-not-well-formed.xml");

        // when
        ReportFileException failure = catchThrowableOfType(ReportFileException.class,
                () -> read(file, ReportFormat.PAIN_002_001_10));

        // then
        assertThat(failure).hasMessageContaining(file.toString()).hasMessageContaining("line 17");
    }

    @Test
    void refusesADocumentTypeSoNoExternalEntityIsEverFetched() throws Exception {
        // given
        Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path file = Files.writeString(this.dir.resolve("xxe.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Document [ <!ENTITY leak SYSTEM "%s"> ]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
                  <OrgnlGrpInfAndSts><OrgnlMsgId>&leak;</OrgnlMsgId><GrpSts>RJCT</GrpSts></OrgnlGrpInfAndSts>
                </CstmrPmtStsRpt></Document>
                """.formatted(secret.toUri()));

        // when
        ReportFileException failure = catchThrowableOfType(ReportFileException.class,
                () -> read(file, ReportFormat.PAIN_002_001_10));

        // then
        assertThat(failure).hasMessageContaining(file.toString()).hasMessageNotContaining("TOP-SECRET-VALUE");
    }

    @Test
    void readsADocumentOfTheOtherVersionByItsElementNamesAndSaysSo() {
        // when
        Reading reading = read(fixture("pain002-v10-file-rejected.xml"), ReportFormat.PAIN_002_001_03);

        // then
        assertThat(reading.entries()).containsExactly(file(1, "F130", "RJCT", "AM05", "Duplication."));
        assertThat(reading.problems()).singleElement().satisfies((problem) -> {
            assertThat(problem.position()).isZero();
            assertThat(problem.message()).contains("pain.002.001.10", "pain.002.001.03");
        });
    }

    @Test
    void reportsADocumentWithoutGroupInformationAsAProblemOfTheFile() throws Exception {
        // given
        Path file = Files.writeString(this.dir.resolve("no-group.xml"), """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"><CstmrPmtStsRpt>
                  <OrgnlPmtInfAndSts><OrgnlPmtInfId>F1-1</OrgnlPmtInfId><PmtInfSts>RJCT</PmtInfSts></OrgnlPmtInfAndSts>
                </CstmrPmtStsRpt></Document>
                """);

        // when
        Reading reading = read(file, ReportFormat.PAIN_002_001_03);

        // then
        assertThat(reading.entries()).containsExactly(block(1, null, "F1-1", "RJCT", null, null));
        assertThat(reading.problems()).singleElement().satisfies((problem) -> {
            assertThat(problem.position()).isZero();
            assertThat(problem.message()).contains("No OrgnlGrpInfAndSts");
        });
    }

    @Test
    void failsOnAMissingFileAndRefusesFormatsItDoesNotRead() {
        // given
        Path missing = this.dir.resolve("missing.xml");

        // then
        assertThat(catchThrowableOfType(ReportFileException.class, () -> read(missing, ReportFormat.PAIN_002_001_10)))
            .hasMessageContaining(missing.toString());
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Pain002Reader().read(fixture("pain002-v10-partial.xml"), ReportFormat.CAMT_054_001_08,
                        (problem) -> { }));
    }
}
