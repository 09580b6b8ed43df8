package dev.settle.reconciliation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with 200,000 transactions, generated on the fly, read to its end through the stream. Only the count
 * is checked here: how little memory and time reading takes is for a benchmark to measure, not a unit test.
 */
class Pain002ReaderLargeFileTests {

    static final int TRANSACTIONS = 200_000;

    @TempDir
    Path dir;

    @Test
    void readsTwoHundredThousandTransactionsThroughTheStream() throws Exception {
        // given
        Path file = write(this.dir.resolve("pain002-large.xml"));
        List<ReportProblem> problems = new ArrayList<>();
        AtomicLong entries = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicReference<ReportEntry> last = new AtomicReference<>();

        // when: nothing is collected, each entry is counted and dropped
        try (Stream<ReportEntry> stream = new Pain002Reader().read(file, ReportFormat.PAIN_002_001_10,
                problems::add)) {
            stream.forEach((entry) -> {
                entries.incrementAndGet();
                rejected.addAndGet("RJCT".equals(entry.status()) ? 1 : 0);
                last.set(entry);
            });
        }

        // then: the file entry, the block entry, one entry per transaction
        assertThat(entries).hasValue(TRANSACTIONS + 2);
        assertThat(rejected).hasValue(TRANSACTIONS / 10);
        assertThat(last.get().position()).isEqualTo(TRANSACTIONS + 2);
        assertThat(last.get().endToEndId()).isEqualTo("S" + TRANSACTIONS + "-1");
        assertThat(problems).isEmpty();
    }

    private static Path write(Path file) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
                    <GrpHdr><MsgId>PSR-LARGE</MsgId><CreDtTm>2026-12-01T06:00:00Z</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>F900</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId>
                    <GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts><OrgnlPmtInfId>F900-1</OrgnlPmtInfId><PmtInfSts>PART</PmtInfSts>
                    """);
            for (int i = 1; i <= TRANSACTIONS; i++) {
                boolean rejected = i % 10 == 0;
                out.write("<TxInfAndSts><OrgnlEndToEndId>S" + i + "-1</OrgnlEndToEndId><TxSts>"
                        + (rejected ? "RJCT</TxSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf>" : "ACSC</TxSts>")
                        + "<AcctSvcrRef>BANK" + i + "</AcctSvcrRef><OrgnlTxRef><Amt><InstdAmt Ccy=\"EUR\">"
                        + (i % 1000) + "." + (i % 100) / 10 + "0</InstdAmt></Amt><ReqdColltnDt>2026-12-01"
                        + "</ReqdColltnDt></OrgnlTxRef></TxInfAndSts>\n");
            }
            out.write("</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>\n");
        }
        return file;
    }
}
