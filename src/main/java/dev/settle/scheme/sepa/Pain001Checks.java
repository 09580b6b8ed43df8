package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks the header and blocks before anything is written: identifiers and accounts valid for the schema, and
 * the header's announced totals equal to the sums of the blocks' announced totals. Each block's totals are then
 * checked against its streamed transactions by {@link Pain001Stream}, which together verifies the header too.
 */
final class Pain001Checks {

    private Pain001Checks() {
    }

    /** The header with its originator cleaned and its control sum scaled to cents. */
    static FileHeader header(FileHeader header, List<PaymentBlock> blocks) {
        if (blocks.isEmpty()) {
            throw new Pain001Exception("A file needs at least one payment block");
        }
        if (blocks.stream().map(PaymentBlock::paymentInformationId).distinct().count() != blocks.size()) {
            throw new Pain001Exception("Payment information ids must be unique within a file");
        }
        Originator originator = header.originator();
        Originator checkedOriginator = new Originator(SepaFields.name("Originator name", originator.name()),
                SepaFields.iban("Originator", originator.iban()), SepaFields.bic("Originator", originator.bic()));
        BigDecimal controlSum = SepaFields.controlSum("File", header.controlSum());
        long blocksCount = blocks.stream().mapToLong(PaymentBlock::numberOfTransactions).sum();
        BigDecimal blocksSum = blocks.stream().map(PaymentBlock::controlSum).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (blocksCount != header.numberOfTransactions() || blocksSum.compareTo(controlSum) != 0) {
            throw new Pain001Exception("Header announces " + header.numberOfTransactions() + " transactions of "
                    + controlSum.toPlainString() + " but the blocks announce " + blocksCount + " of "
                    + blocksSum.toPlainString());
        }
        return new FileHeader(SepaFields.identifier("MsgId", header.messageId()), header.creationTime(),
                header.numberOfTransactions(), controlSum, checkedOriginator);
    }

    /** The block with its control sum scaled to cents. */
    static PaymentBlock block(PaymentBlock block) {
        if (block.numberOfTransactions() < 1) {
            throw new Pain001Exception("Block " + block.paymentInformationId() + " announces "
                    + block.numberOfTransactions() + " transactions; a block needs at least one");
        }
        return new PaymentBlock(SepaFields.identifier("PmtInfId", block.paymentInformationId()),
                block.requestedExecutionDate(), block.numberOfTransactions(),
                SepaFields.controlSum("Block " + block.paymentInformationId(), block.controlSum()));
    }

}
