package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code settle reconcile} and {@code settle exceptions} as an operator runs them. */
@PostgresIntegrationTest
class ReconcileCommandsIntegrationTests {

    @TempDir
    Path dir;

    String dataDir = CliRun.newDataDir();

    @Test
    void aReportForPaymentsWeNeverSentLandsInTheInboxWhereItIsResolvedWithANote() throws Exception {
        String unknownKey = "S" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + "-9";
        Path report = Files.writeString(dir.resolve("status.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>PSR-%1$s</MsgId><CreDtTm>2031-03-04T18:00:00Z</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>NOT-OURS-%1$s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                    </OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts><OrgnlPmtInfId>NOT-OURS-1</OrgnlPmtInfId>
                      <TxInfAndSts><OrgnlEndToEndId>%1$s</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                        <StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf></TxInfAndSts>
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """.formatted(unknownKey));

        CliRun reconciled = CliRun.run(dataDir, "reconcile", report.toString());

        assertThat(reconciled.exitCode()).as(reconciled.err()).isZero();
        assertThat(reconciled.out()).contains("(PAIN_002_001_10): execution", "COMPLETED", "EXCEPTION=1");
        CliRun again = CliRun.run(dataDir, "reconcile", report.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("already reconciled");

        CliRun open = CliRun.run(dataDir, "exceptions", "list");
        assertThat(open.exitCode()).isZero();
        Matcher line = Pattern.compile("(?m)^(\\d+)  OPEN .*status\\.xml entry \\d+: no submitted payment matches "
                + "\\(EndToEndId " + unknownKey).matcher(open.out());
        assertThat(line.find()).as(open.out()).isTrue();

        CliRun resolved = CliRun.run(dataDir, "exceptions", "resolve", line.group(1), "--note", "not our payment; told the bank");
        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(CliRun.run(dataDir, "exceptions", "list", "--status", "resolved").out())
                .contains(line.group(1) + "  RESOLVED", "resolved: not our payment; told the bank");
        CliRun twice = CliRun.run(dataDir, "exceptions", "resolve", line.group(1), "--note", "again");
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("is already RESOLVED");
    }

    @Test
    void aFileThatIsNoReportOrDoesNotExistIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        CliRun refused = CliRun.run(dataDir, "reconcile", text.toString(), dir.resolve("missing.xml").toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is not a report this build reads", "No readable file at");
        assertThat(CliRun.run(dataDir, "exceptions", "list", "--status", "maybe").exitCode()).isEqualTo(1);
        assertThat(CliRun.run(dataDir, "reconcile").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(dataDir, "reconcile", "--unresolved", "--pending-age", "soon").exitCode()).isEqualTo(2);
    }

    @Test
    void anInboxIsDrainedReportsToDoneAndOtherFilesToUnrecognised() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("a-notes.txt"), "hello");
        Files.writeString(inbox.resolve("b-status.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
                  <GrpHdr><MsgId>PSR-%1$s</MsgId><CreDtTm>2031-03-04T18:00:00Z</CreDtTm></GrpHdr>
                  <OrgnlGrpInfAndSts><OrgnlMsgId>F-%1$s</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                    <GrpSts>ACCP</GrpSts></OrgnlGrpInfAndSts>
                </CstmrPmtStsRpt></Document>
                """.formatted(UUID.randomUUID()));
        Files.writeString(inbox.resolve("c-arriving.xml.part"), "<");

        CliRun drained = CliRun.run(dataDir, "reconcile", "--inbox", inbox.toString());

        assertThat(drained.exitCode()).as(drained.err()).isZero();
        assertThat(drained.out()).contains("b-status.xml: reconciled", "a-notes.txt: ");
        assertThat(inbox.resolve("done/b-status.xml")).exists();
        assertThat(inbox.resolve("unrecognised/a-notes.txt")).exists();
        assertThat(inbox.resolve("c-arriving.xml.part")).exists();
    }

    @Test
    void unresolvedPaymentsAreLookedUpOnRequest() {
        CliRun lookup = CliRun.run(dataDir, "reconcile", "--unresolved", "--pending-age", "3d");

        assertThat(lookup.exitCode()).as(lookup.err()).isZero();
        assertThat(lookup.out()).containsPattern("Unresolved payments looked up with their schemes: \\d+ resolved");
    }
}
