package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.Pain002Fixtures.block;
import static dev.settle.reconciliation.report.Pain002Fixtures.file;
import static dev.settle.reconciliation.report.Pain002Fixtures.payment;
import static dev.settle.reconciliation.report.Pain002Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.settle.reconciliation.report.Pain002Fixtures.Reading;
import dev.settle.reconciliation.report.ReportEntry.EntryType;

class Pain002ReaderTests {

    /** A later report on file F200: S62-1 rejected again as before, S65-1 settled after being pending. */
    static final String LATER_REPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
              <CstmrPmtStsRpt>
                <GrpHdr><MsgId>PSR-20261201-0000001</MsgId><CreDtTm>2026-12-01T16:00:00+01:00</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts><OrgnlMsgId>F200</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                </OrgnlGrpInfAndSts>
                <OrgnlPmtInfAndSts><OrgnlPmtInfId>F200-2</OrgnlPmtInfId>
                  <TxInfAndSts><OrgnlEndToEndId>S62-1</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                    <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>S65-1</OrgnlEndToEndId><TxSts>ACSC</TxSts></TxInfAndSts>
                </OrgnlPmtInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """;

    @TempDir
    Path dir;

    @Test
    void readsAWholeFileRejectionOfVersion03AsOneFileEntryWithTheIsoTextOfItsCode() {
        // when
        Reading reading = read("pain002-v03-file-rejected.xml");

        // then
        assertThat(reading.entries()).containsExactly(
                file(1, "F120", "RJCT", "FF01", "File Format incomplete or invalid."));
        assertThat(reading.entries().get(0).entryKey()).isEqualTo("pain.002|F120|FILE|-|-|RJCT|FF01");
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void readsAWholeFileRejectionOfVersion10AsOneFileEntryWithTheIsoTextOfItsCode() {
        // when
        Reading reading = read("pain002-v10-file-rejected.xml");

        // then
        assertThat(reading.entries()).containsExactly(file(1, "F130", "RJCT", "AM05", "Duplication."));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void readsAGermanNegativeReportOfVersion03TransactionByTransactionAndTheRejectedBlock() {
        // when
        Reading reading = read("pain002-v03-partial.xml");

        // then: no group status, so no file entry; the block follows the transactions in file order
        assertThat(reading.entries()).containsExactly(
                payment(1, "F123", "F123-1", "S42-1", "R2611250001", "RJCT", "AM04",
                        "Amount of funds available to cover specified message amount is insufficient.", "49.90",
                        "2026-11-26"),
                payment(2, "F123", "F123-1", "S43-1", "R2611250002", "RJCT", "MD01", "No Mandate.", "120.00",
                        "2026-11-26"),
                payment(3, "F123", "F123-1", "S47-2", null, "RJCT", "AC04",
                        "Account number specified has been closed on the bank of account's books.", "0.50",
                        "2026-11-26"),
                block(4, "F123", "F123-2", "RJCT", "BE05",
                        "Party who initiated the message is not recognised by the end customer."));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void readsAnAcceptanceOfVersion03ForTheFileAndEachBlock() {
        // when
        Reading reading = read("pain002-v03-accepted.xml");

        // then
        assertThat(reading.entries()).containsExactly(file(1, "F124", "ACCP", null, null),
                block(2, "F124", "F124-1", "ACCP", null, null), block(3, "F124", "F124-2", "ACCP", null, null));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void readsTheIsoFieldsOfVersion03ThatTheRestrictedSchemaRemoves() {
        // when
        Reading reading = read("pain002-v03-with-bank-fields.xml");

        // then: AddtlInf lines joined, a proprietary code without ISO text, AcctSvcrRef before StsId
        assertThat(reading.entries()).containsExactly(file(1, "F125", "PART", null, null),
                block(2, "F125", "F125-1", "PART", null, null),
                payment(3, "F125", "F125-1", "S50-1", "ABNA-0912-0001", "RJCT", "AC01",
                        "IBAN NL91ABNA0417164301 fails the check digit test, please correct the creditor account.",
                        "1000.00", "2026-11-24"),
                payment(4, "F125", "F125-1", "S51-1", "ABNA-0912-0002", "RJCT", "AM04", null, "234.50",
                        "2026-11-24"),
                payment(5, "F125", "F125-1", "S52-1", "ABNA-BOOK-7781203", "ACSP", null, null, "0.07",
                        "2026-11-24"));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void readsAPartialAcceptanceOfVersion10WithEveryStatusOfItsBlocksAndTransactions() {
        // when
        Reading reading = read("pain002-v10-partial.xml");

        // then
        assertThat(reading.entries()).containsExactly(file(1, "F200", "PART", null, null),
                block(2, "F200", "F200-1", "ACSC", null, null), block(3, "F200", "F200-2", "PART", null, null),
                payment(4, "F200", "F200-2", "S61-1", "COBA2611300004471", "ACSC", null, null, "1999.95",
                        "2026-11-30"),
                payment(5, "F200", "F200-2", "S62-1", "COBA-RJ-000318", "RJCT", "AC04",
                        "Konto des Zahlungsempfaengers wurde zum 31.10.2026 aufgeloest.", "300.00", "2026-11-30"),
                payment(6, "F200", "F200-2", "S63-1", "COBA-RJ-000319", "RJCT", "SANCTIONS-SCREENING-HIT", null,
                        "0.50", "2026-11-30"),
                payment(7, "F200", "F200-2", "S64-1", null, "RJCT", "Z107", null, "20.00", null),
                payment(8, "F200", "F200-2", "S65-1", null, "PDNG", null, null, "300.00", "2026-12-01"));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void takesTheReportsOwnWordsBeforeTheIsoDefinitionAndKeepsAnUnknownCodeWithoutText() {
        // when
        Reading reading = read("pain002-v10-partial.xml");

        // then
        assertThat(reading.entries()).filteredOn((entry) -> entry.reasonCode() != null)
            .extracting(ReportEntry::endToEndId, ReportEntry::reasonCode, ReportEntry::reasonText)
            .containsExactly(
                    tuple("S62-1", "AC04",
                            "Konto des Zahlungsempfaengers wurde zum 31.10.2026 aufgeloest."),
                    tuple("S63-1", "SANCTIONS-SCREENING-HIT", null),
                    tuple("S64-1", "Z107", null));
        assertThat(IsoReasonCodes.definition("AC04")).hasValue(
                "Account number specified has been closed on the bank of account's books.");
        assertThat(IsoReasonCodes.definition("Z107")).isEmpty();
    }

    @Test
    void givesTheSameKeyToTheSameStatusInTwoReportsAndANewKeyToALaterDifferentStatus() throws Exception {
        // given
        Path later = Files.writeString(this.dir.resolve("later.xml"), LATER_REPORT);

        // when
        Reading first = read("pain002-v10-partial.xml");
        Reading second = Pain002Fixtures.read(later, ReportFormat.PAIN_002_001_10);

        // then
        assertThat(first.entries()).extracting(ReportEntry::entryKey).contains(
                "pain.002|F200|FILE|-|-|PART|-", "pain.002|F200|BLOCK|F200-1|-|ACSC|-",
                "pain.002|F200|PAYMENT|F200-2|S62-1|RJCT|AC04", "pain.002|F200|PAYMENT|F200-2|S65-1|PDNG|-")
            .doesNotHaveDuplicates();
        assertThat(second.entries()).extracting(ReportEntry::entryKey).containsExactly(
                "pain.002|F200|PAYMENT|F200-2|S62-1|RJCT|AC04", "pain.002|F200|PAYMENT|F200-2|S65-1|ACSC|-");
    }

    @ParameterizedTest
    @ValueSource(strings = { "pain002-v03-file-rejected.xml", "pain002-v03-partial.xml", "pain002-v03-accepted.xml",
            "pain002-v03-with-bank-fields.xml", "pain002-v10-file-rejected.xml", "pain002-v10-partial.xml",
            "pain002-v10-with-extra-fields.xml", "pain002-v10-missing-ids.xml", "pain002-v10-bad-values.xml" })
    void numbersEveryFixturesEntriesFromOneInFileOrderAsStatusEntries(String fixture) {
        // when
        Reading reading = read(fixture);

        // then
        assertThat(reading.entries()).isNotEmpty();
        assertThat(reading.entries()).extracting(ReportEntry::position)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, reading.entries().size()).boxed().toList());
        assertThat(reading.entries()).allSatisfy((entry) -> {
            assertThat(entry.type()).isEqualTo(EntryType.STATUS);
            assertThat(entry.entryKey()).startsWith("pain.002|");
        });
    }

    @Test
    void definesEveryReasonCodeSepaBanksCommonlyReport() {
        assertThat(List.of("AC01", "AC04", "AC06", "AG01", "AG02", "AM04", "AM05", "BE05", "FF01", "MD01",
                "MD02", "MD06", "MD07", "MS02", "MS03", "RC01", "RR01", "RR02", "RR03", "RR04", "SL01", "DUPL", "CNOR",
                "DNOR", "ED05", "FOCR"))
            .allSatisfy((code) -> assertThat(IsoReasonCodes.definition(code)).as(code).isPresent());
    }
}
