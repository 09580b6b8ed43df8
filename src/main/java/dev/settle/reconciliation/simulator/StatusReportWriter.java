package dev.settle.reconciliation.simulator;

import java.math.BigDecimal;

/**
 * Writes the pain.002.001.10 status report while the original file is streamed: the group status and one status
 * per block from the first pass's tallies, then one {@code TxInfAndSts} per rejected payment as it is met. Accepted
 * payments are covered by their block's and the group's status, as banks report them.
 * <p>
 * A status is {@code ACCP} when nothing is rejected, {@code PART} when some payments are, {@code RJCT} when all are.
 */
final class StatusReportWriter implements PainVisitor {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10";

    static final String MESSAGE_ELEMENT = "CstmrPmtStsRpt";

    private final IsoXmlFile out;

    private final FileSummary summary;

    StatusReportWriter(IsoXmlFile out, FileSummary summary) {
        this.out = out;
        this.summary = summary;
    }

    /** The report's message id, derived from the original's. */
    static String messageId(String originalMessageId) {
        return BankReferences.of("STS", originalMessageId);
    }

    /** Writes the group header and the original group's status. */
    void start() {
        Header header = summary.header();
        out.start("GrpHdr");
        out.text("MsgId", messageId(header.messageId()));
        // The original's own creation time: the report must not depend on when the simulator runs.
        out.text("CreDtTm", header.creationDateTime());
        out.end();
        out.start("OrgnlGrpInfAndSts");
        out.text("OrgnlMsgId", header.messageId());
        out.text("OrgnlMsgNmId", header.message().messageName());
        out.text("OrgnlCreDtTm", header.creationDateTime());
        out.text("OrgnlNbOfTxs", header.numberOfTransactions());
        if (header.controlSum() != null) {
            out.text("OrgnlCtrlSum", header.controlSum());
        }
        out.text("GrpSts", status(summary.rejected(), summary.payments()));
        perStatus(summary.accepted(), "ACCP", summary.blocks().stream().map(BlockSummary::acceptedSum)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        perStatus(summary.rejected(), "RJCT", summary.blocks().stream().map(BlockSummary::rejectedSum)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        out.end();
    }

    @Override
    public void block(Block block) {
        BlockSummary tally = summary.block(block.index());
        out.start("OrgnlPmtInfAndSts");
        out.text("OrgnlPmtInfId", block.id());
        if (block.numberOfTransactions() != null) {
            out.text("OrgnlNbOfTxs", block.numberOfTransactions());
        }
        if (block.controlSum() != null) {
            out.text("OrgnlCtrlSum", block.controlSum());
        }
        out.text("PmtInfSts", status(tally.rejected(), tally.accepted() + tally.rejected()));
        perStatus(tally.accepted(), "ACCP", tally.acceptedSum());
        perStatus(tally.rejected(), "RJCT", tally.rejectedSum());
    }

    @Override
    public void payment(Block block, Payment payment) {
        BankRules.Outcome outcome = summary.outcome(payment);
        if (outcome.kind() != BankRules.Kind.REJECTED) {
            return;
        }
        out.start("TxInfAndSts");
        out.text("OrgnlEndToEndId", payment.endToEndId());
        out.text("TxSts", "RJCT");
        out.start("StsRsnInf");
        out.start("Rsn");
        out.text("Cd", outcome.reasonCode());
        out.end();
        out.text("AddtlInf", outcome.reasonText());
        out.end();
        out.start("OrgnlTxRef");
        out.start("Amt");
        out.amount("InstdAmt", payment.amount(), payment.currency());
        out.end();
        out.end();
        out.end();
    }

    @Override
    public void endBlock(Block block) {
        out.end();
    }

    private void perStatus(long count, String status, BigDecimal sum) {
        if (count > 0) {
            out.start("NbOfTxsPerSts");
            out.text("DtldNbOfTxs", Long.toString(count));
            out.text("DtldSts", status);
            out.text("DtldCtrlSum", sum.toPlainString());
            out.end();
        }
    }

    private static String status(long rejected, long payments) {
        return rejected == 0 ? "ACCP" : rejected == payments ? "RJCT" : "PART";
    }
}
