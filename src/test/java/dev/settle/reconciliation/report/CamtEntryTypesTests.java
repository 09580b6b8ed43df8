package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.CamtFiles.read;
import static dev.settle.reconciliation.report.CamtFiles.writeNotification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which camt entries count as returned, and how the details of one entry share its amount and charges. */
class CamtEntryTypesTests {

    @TempDir
    Path dir;

    static String code(String subFamily) {
        return "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>" + subFamily
                + "</SubFmlyCd></Fmly></Domn></BkTxCd>";
    }

    static String entry(String entryCode, String transaction) {
        return "<Ntry><AcctSvcrRef>B-1</AcctSvcrRef><Amt Ccy=\"EUR\">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                + "<Sts><Cd>BOOK</Cd></Sts>" + entryCode + "<NtryDtls><TxDtls><Refs><EndToEndId>S1-1</EndToEndId>"
                + "</Refs>" + transaction + "</TxDtls></NtryDtls></Ntry>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RRTN, RETURNED", "RPCR, RETURNED", "UPDD, RETURNED", "PRDD, RETURNED", "RCDD, RETURNED",
        "ARET, RETURNED", "AREV, RETURNED", "ESDD, BOOKED", "ESCT, BOOKED"})
    void theEntrysSubFamilyAloneDecidesAReturn(String subFamily, EntryType type) throws Exception {
        Path file = writeNotification(dir.resolve("code.xml"), entry(code(subFamily), ""));

        assertThat(read(file, ReportFormat.CAMT_054_001_08).entry(1).type()).isEqualTo(type);
    }

    @Test
    void theTransactionsOwnSubFamilyDecidesAReturnToo() throws Exception {
        Path file = writeNotification(dir.resolve("code.xml"), entry(code("ESDD"), code("UPDD")));

        assertThat(read(file, ReportFormat.CAMT_054_001_08).entry(1).type()).isEqualTo(EntryType.RETURNED);
    }

    @Test
    void returnInformationWithoutAReasonIsAReturnAndAProprietaryReasonIsKeptWithoutText() throws Exception {
        Path file = writeNotification(dir.resolve("rtrinf.xml"),
                entry(code("ESDD"), "<RtrInf><AddtlInf>Rueckgabe</AddtlInf></RtrInf>") + "\n"
                        + entry(code("ESDD"), "<RtrInf><Rsn><Prtry>AM04</Prtry></Rsn></RtrInf>"));

        assertThat(read(file, ReportFormat.CAMT_054_001_08).entries())
                .extracting(ReportEntry::type, ReportEntry::reasonCode, ReportEntry::reasonText)
                .containsExactly(tuple(EntryType.RETURNED, null, "Rueckgabe"), tuple(EntryType.RETURNED, "AM04", null));
    }

    @Test
    void batchesWithoutTransactionsShareTheEntrysAmountOnlyThroughTheirOwnTotals() throws Exception {
        Path file = writeNotification(dir.resolve("batches.xml"), "<Ntry><AcctSvcrRef>B-2</AcctSvcrRef>"
                + "<Amt Ccy=\"EUR\">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>" + code("ESDD")
                + "<NtryDtls><Btch><MsgId>F1</MsgId><PmtInfId>F1-1</PmtInfId><TtlAmt Ccy=\"EUR\">10.00</TtlAmt>"
                + "</Btch></NtryDtls><NtryDtls><Btch><MsgId>F1</MsgId><PmtInfId>F1-2</PmtInfId></Btch></NtryDtls>"
                + "</Ntry>");

        CamtFiles.Read read = read(file, ReportFormat.CAMT_054_001_08);

        assertThat(read.entries()).extracting(ReportEntry::scope, ReportEntry::originalBlockId, ReportEntry::amount,
                ReportEntry::entryKey)
                .containsExactly(tuple(Scope.BLOCK, "F1-1", new BigDecimal("10.00"), "camt|B-2|1|BOOKED"),
                        tuple(Scope.BLOCK, "F1-2", null, "camt|B-2|2|BOOKED"));
        assertThat(read.problems()).extracting(ReportProblem::position).containsExactly(2);
    }

    @Test
    void theEntrysChargesGoToItsOnlyTransactionAndAreReportedWhenSeveralShareThem() throws Exception {
        String charges = "<Chrgs><Rcrd><Amt Ccy=\"EUR\">1.00</Amt></Rcrd></Chrgs>";
        String transaction = "<TxDtls><Refs><EndToEndId>S%d-1</EndToEndId></Refs><Amt Ccy=\"EUR\">2.50</Amt></TxDtls>";
        Path file = writeNotification(dir.resolve("charges.xml"), "<Ntry><Amt Ccy=\"EUR\">2.50</Amt><Sts><Cd>BOOK"
                + "</Cd></Sts><AcctSvcrRef>B-3</AcctSvcrRef>" + code("ESCT") + charges + "<NtryDtls>"
                + transaction.formatted(1) + "</NtryDtls></Ntry>\n<Ntry><Amt Ccy=\"EUR\">5.00</Amt><Sts><Cd>BOOK"
                + "</Cd></Sts><AcctSvcrRef>B-4</AcctSvcrRef>" + code("ESCT") + charges + "<NtryDtls>"
                + transaction.formatted(2) + transaction.formatted(3) + "</NtryDtls></Ntry>");

        CamtFiles.Read read = read(file, ReportFormat.CAMT_054_001_08);

        assertThat(read.entries()).extracting(ReportEntry::endToEndId, ReportEntry::charges)
                .containsExactly(tuple("S1-1", new BigDecimal("1.00")), tuple("S2-1", null), tuple("S3-1", null));
        assertThat(read.problems()).containsExactly(
                new ReportProblem(2, "charges of 1.00 on the entry are not attributed to any of its 2 details"));
    }
}
