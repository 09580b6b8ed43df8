package dev.settle.reconciliation.simulator;

import static dev.settle.reconciliation.simulator.SimulatorInputs.MONDAY;
import static dev.settle.reconciliation.simulator.SimulatorInputs.TUESDAY;
import static dev.settle.reconciliation.simulator.SimulatorInputs.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankSimulatorTests {

    static final String PAIN002_XSD = "iso20022/pain.002.001.10.xsd";

    static final String CAMT054_XSD = "iso20022/camt.054.001.08.xsd";

    static final String BOOKINGS = "//d:Ntry[d:BkTxCd/d:Domn/d:Fmly/d:SubFmlyCd[.='ESCT' or .='ESDD']]";

    static final String RETURNS = "//d:Ntry[d:BkTxCd/d:Domn/d:Fmly/d:SubFmlyCd[.='RRTN' or .='UPDD']]";

    @TempDir
    Path root;

    BankSimulator simulator = new BankSimulator();

    @ParameterizedTest
    @ValueSource(strings = {"03", "09"})
    void creditTransfersAnswersValidateAndListExactlyTheRejectedPayments(String painVersion) throws Exception {
        // given
        Path file = SimulatorInputs.creditTransfers(root.resolve("outbox"), "F7", painVersion);

        // when
        SimulationResult result = simulator.simulate(file, root.resolve("answers"), null);

        // then
        assertThat(result).isEqualTo(new SimulationResult("F7", "pain.001.001." + painVersion, 9, 5, 4, 2,
                root.resolve("answers/F7.pain002.xml"), root.resolve("answers/F7.camt054.xml")));
        Answers.validate(result.statusReport(), PAIN002_XSD);
        Answers.validate(result.notification(), CAMT054_XSD);
        Answers report = Answers.read(result.statusReport());
        assertThat(report.text("//d:OrgnlMsgId")).isEqualTo("F7");
        assertThat(report.text("//d:OrgnlMsgNmId")).isEqualTo("pain.001.001." + painVersion);
        assertThat(report.text("//d:GrpSts")).isEqualTo("PART");
        assertThat(report.texts("//d:OrgnlPmtInfId")).containsExactly("F7-1", "F7-2", "F7-3");
        assertThat(report.texts("//d:PmtInfSts")).containsExactly("PART", "PART", "RJCT");
        assertThat(rejections(report)).containsExactly("S102-1 RJCT AM04 10.13 EUR", "S105-1 RJCT AC04 20.14 EUR",
                "S106-1 RJCT AC01 30.15 EUR", "S109-3 RJCT AM04 60.13 EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"03", "09"})
    void creditTransfersAreDebitedPerBlockAndReturnsCreditedTwoBusinessDaysLater(String painVersion)
            throws Exception {
        // given
        Path file = SimulatorInputs.creditTransfers(root.resolve("outbox"), "F7", painVersion);

        // when
        Answers notification = Answers.read(simulator.simulate(file, root.resolve("answers"), null).notification());

        // then
        assertThat(notification.text("//d:Ntfctn/d:Acct/d:Id/d:IBAN")).isEqualTo(SimulatorInputs.OUR_IBAN);
        assertThat(bookings(notification)).containsExactly(
                "147.56 EUR DBIT BOOK " + MONDAY + " F7 F7-1 3 147.56 [S101-1, S103-1, S104-2]",
                "50.33 EUR DBIT BOOK " + TUESDAY + " F7 F7-2 2 50.33 [S107-1, S108-1]");
        assertThat(returns(notification)).containsExactly(
                "40.31 EUR CRDT " + WEDNESDAY + " ICDT/RRTN F7 F7-1 S103-1 AC04",
                "50.32 EUR CRDT " + TUESDAY.plusDays(2) + " ICDT/RRTN F7 F7-2 S107-1 AM04");
        assertThat(notification.text("//d:GrpHdr/d:CreDtTm")).isEqualTo(TUESDAY.plusDays(2) + "T18:00:00Z");
        List<String> references = notification.texts("//d:Ntry/d:AcctSvcrRef");
        assertThat(references).hasSize(4).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "08"})
    void directDebitsAreCreditedPerBlockWithMandateAndRefundCodes(String painVersion) throws Exception {
        // given
        Path file = SimulatorInputs.directDebits(root.resolve("outbox"), "F8", painVersion);

        // when
        SimulationResult result = simulator.simulate(file, root.resolve("answers"), null);

        // then
        Answers.validate(result.statusReport(), PAIN002_XSD);
        Answers.validate(result.notification(), CAMT054_XSD);
        Answers report = Answers.read(result.statusReport());
        assertThat(report.text("//d:OrgnlMsgNmId")).isEqualTo("pain.008.001." + painVersion);
        assertThat(report.text("//d:GrpSts")).isEqualTo("PART");
        assertThat(rejections(report)).containsExactly("S102-1 RJCT AM04 10.13 EUR", "S105-1 RJCT AC04 20.14 EUR",
                "S106-1 RJCT MD01 30.15 EUR", "S109-3 RJCT AM04 60.13 EUR");
        Answers notification = Answers.read(result.notification());
        assertThat(bookings(notification)).containsExactly(
                "147.56 EUR CRDT BOOK " + MONDAY + " F8 F8-1 3 147.56 [S101-1, S103-1, S104-2]",
                "50.33 EUR CRDT BOOK " + TUESDAY + " F8 F8-2 2 50.33 [S107-1, S108-1]");
        assertThat(returns(notification)).containsExactly(
                "40.31 EUR DBIT " + WEDNESDAY + " IDDT/UPDD F8 F8-1 S103-1 MD06",
                "50.32 EUR DBIT " + TUESDAY.plusDays(2) + " IDDT/UPDD F8 F8-2 S107-1 AM04");
    }

    @Test
    void aBookingDateBooksEveryBlockThatDayAndReturnsTwoTarget2DaysLater() throws Exception {
        // given: a Friday, so the returns come on the Tuesday after
        LocalDate friday = LocalDate.of(2031, 3, 21);
        Path file = SimulatorInputs.creditTransfers(root.resolve("outbox"), "F7", "09");

        // when
        Answers notification = Answers.read(simulator.simulate(file, root.resolve("answers"), friday).notification());

        // then
        assertThat(notification.texts(BOOKINGS + "/d:BookgDt/d:Dt")).containsExactly(friday.toString(),
                friday.toString());
        assertThat(notification.texts(RETURNS + "/d:BookgDt/d:Dt")).containsExactly("2031-03-25", "2031-03-25");
        assertThat(notification.texts(RETURNS + "/d:ValDt/d:Dt")).containsExactly("2031-03-25", "2031-03-25");
    }

    @Test
    void simulatingAgainGivesTheSameBytes() throws Exception {
        // given
        Path transfers = SimulatorInputs.creditTransfers(root.resolve("outbox-ct"), "F7", "09");
        Path debits = SimulatorInputs.directDebits(root.resolve("outbox-dd"), "F8", "08");

        for (Path file : List.of(transfers, debits)) {
            // when
            SimulationResult first = simulator.simulate(file, root.resolve("first"), null);
            SimulationResult second = simulator.simulate(file, root.resolve("second"), null);
            SimulationResult again = simulator.simulate(file, root.resolve("first"), null);

            // then
            assertThat(Files.mismatch(first.statusReport(), second.statusReport())).isEqualTo(-1L);
            assertThat(Files.mismatch(first.notification(), second.notification())).isEqualTo(-1L);
            assertThat(Files.mismatch(again.notification(), second.notification())).isEqualTo(-1L);
        }
        assertThat(Files.list(root.resolve("first")).map(p -> p.getFileName().toString()).sorted())
            .containsExactly("F7.camt054.xml", "F7.pain002.xml", "F8.camt054.xml", "F8.pain002.xml");
    }

    @Test
    void aFileWithoutRejectionsIsAcceptedWhole() throws Exception {
        // given: only the first block's accepted payments, under another message id
        Path file = SimulatorInputs.creditTransfers(root.resolve("outbox"), "F9", "09");
        String accepted = Files.readString(file).replace("10.13", "10.10").replace("20.14", "20.10")
            .replace("30.15", "30.10").replace("60.13", "60.10");
        Files.writeString(file, accepted);

        // when
        SimulationResult result = simulator.simulate(file, root.resolve("answers"), null);

        // then
        Answers report = Answers.read(result.statusReport());
        assertThat(report.text("//d:GrpSts")).isEqualTo("ACCP");
        assertThat(report.texts("//d:PmtInfSts")).containsExactly("ACCP", "ACCP", "ACCP");
        assertThat(report.texts("//d:TxInfAndSts")).isEmpty();
        assertThat(result.rejected()).isZero();
        assertThat(Answers.read(result.notification()).texts(BOOKINGS)).hasSize(3);
    }

    @Test
    void refusesAFileThatIsNotOneOfOursAndWritesNothing() throws Exception {
        // given: a status report is no initiation
        Path file = SimulatorInputs.creditTransfers(root.resolve("outbox"), "F7", "09");
        Path report = simulator.simulate(file, root.resolve("answers"), null).statusReport();
        Path out = root.resolve("other");

        // when / then
        assertThatThrownBy(() -> simulator.simulate(report, out, null)).isInstanceOf(SimulationException.class)
            .hasMessageContaining(report.toString()).hasMessageContaining("not one of our pain.001 / pain.008 files")
            .hasMessageContaining("pain.002.001.10");
        assertThatThrownBy(() -> simulator.simulate(root.resolve("missing.xml"), out, null))
            .isInstanceOf(SimulationException.class).hasMessageEndingWith("missing.xml does not exist");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAPaymentWithoutEndToEndIdNamingTheLine() throws Exception {
        // given
        Path file = SimulatorInputs.directDebits(root.resolve("outbox"), "F8", "08");
        Files.writeString(file, Files.readString(file).replace("<EndToEndId>S107-1</EndToEndId>", ""));

        // when / then
        assertThatThrownBy(() -> simulator.simulate(file, root.resolve("answers"), null))
            .isInstanceOf(SimulationException.class).hasMessageContaining("EndToEndId")
            .hasMessageContaining("block F8-2").hasMessageContaining("(line ");
        assertThat(root.resolve("answers")).doesNotExist();
    }

    private static List<String> rejections(Answers report) throws Exception {
        List<String> rejections = new ArrayList<>();
        int count = report.texts("//d:TxInfAndSts").size();
        for (int i = 1; i <= count; i++) {
            String tx = "(//d:TxInfAndSts)[" + i + "]";
            rejections.add(String.join(" ", report.text(tx + "/d:OrgnlEndToEndId"), report.text(tx + "/d:TxSts"),
                    report.text(tx + "/d:StsRsnInf/d:Rsn/d:Cd"), report.text(tx + "/d:OrgnlTxRef/d:Amt/d:InstdAmt"),
                    report.text(tx + "/d:OrgnlTxRef/d:Amt/d:InstdAmt/@Ccy")));
        }
        return rejections;
    }

    private static List<String> bookings(Answers notification) throws Exception {
        List<String> bookings = new ArrayList<>();
        int count = notification.texts(BOOKINGS).size();
        for (int i = 1; i <= count; i++) {
            String entry = "(" + BOOKINGS + ")[" + i + "]";
            String batch = entry + "/d:NtryDtls/d:Btch";
            List<String> amounts = notification.texts(entry + "/d:NtryDtls/d:TxDtls/d:Amt");
            BigDecimal sum = amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(notification.text(entry + "/d:Amt"));
            assertThat(notification.texts(entry + "/d:NtryDtls/d:TxDtls/d:Refs/d:MsgId")).hasSize(amounts.size())
                .containsOnly(notification.text(batch + "/d:MsgId"));
            assertThat(notification.texts(entry + "/d:NtryDtls/d:TxDtls/d:Refs/d:PmtInfId")).hasSize(amounts.size())
                .containsOnly(notification.text(batch + "/d:PmtInfId"));
            assertThat(notification.text(entry + "/d:ValDt/d:Dt")).isEqualTo(notification.text(entry
                    + "/d:BookgDt/d:Dt"));
            bookings.add(String.join(" ", amount(notification, entry + "/d:Amt"), notification.text(entry
                    + "/d:Amt/@Ccy"), notification.text(entry + "/d:CdtDbtInd"), notification.text(entry
                    + "/d:Sts/d:Cd"), notification.text(entry + "/d:BookgDt/d:Dt"), notification.text(batch
                    + "/d:MsgId"), notification.text(batch + "/d:PmtInfId"), notification.text(batch + "/d:NbOfTxs"),
                    amount(notification, batch + "/d:TtlAmt"), notification.texts(entry
                    + "/d:NtryDtls/d:TxDtls/d:Refs/d:EndToEndId").toString()));
        }
        return bookings;
    }

    private static List<String> returns(Answers notification) throws Exception {
        List<String> returns = new ArrayList<>();
        int count = notification.texts(RETURNS).size();
        for (int i = 1; i <= count; i++) {
            String entry = "(" + RETURNS + ")[" + i + "]";
            String tx = entry + "/d:NtryDtls/d:TxDtls";
            assertThat(notification.text(tx + "/d:Amt")).isEqualTo(notification.text(entry + "/d:Amt"));
            returns.add(String.join(" ", amount(notification, entry + "/d:Amt"), notification.text(entry
                    + "/d:Amt/@Ccy"), notification.text(entry + "/d:CdtDbtInd"), notification.text(entry
                    + "/d:BookgDt/d:Dt"), notification.text(entry + "/d:BkTxCd/d:Domn/d:Fmly/d:Cd") + "/"
                    + notification.text(entry + "/d:BkTxCd/d:Domn/d:Fmly/d:SubFmlyCd"), notification.text(tx
                    + "/d:Refs/d:MsgId"), notification.text(tx + "/d:Refs/d:PmtInfId"), notification.text(tx
                    + "/d:Refs/d:EndToEndId"), notification.text(tx + "/d:RtrInf/d:Rsn/d:Cd")));
        }
        return returns;
    }

    // 147.560 and 147.56 are the same money: compare by value, print in cents.
    private static String amount(Answers answers, String expression) throws Exception {
        return new BigDecimal(answers.text(expression)).setScale(2).toPlainString();
    }
}
