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
        SepaTotals.blockIds(blocks.stream().map(PaymentBlock::paymentInformationId).toList());
        Originator originator = header.originator();
        Originator checkedOriginator = new Originator(SepaFields.name("Originator name", originator.name()),
                SepaFields.iban("Originator", originator.iban()), SepaFields.bic("Originator", originator.bic()));
        BigDecimal controlSum = SepaFields.controlSum("File", header.controlSum());
        SepaTotals.headerMatchesBlocks(header.numberOfTransactions(), controlSum,
                blocks.stream().map(PaymentBlock::numberOfTransactions).toList(),
                blocks.stream().map(PaymentBlock::controlSum).toList());
        return new FileHeader(SepaFields.identifier("MsgId", header.messageId()), header.creationTime(),
                header.numberOfTransactions(), controlSum, checkedOriginator);
    }

    /** The block with its control sum scaled to cents. */
    static PaymentBlock block(PaymentBlock block) {
        SepaTotals.blockCount(block.paymentInformationId(), block.numberOfTransactions());
        return new PaymentBlock(SepaFields.identifier("PmtInfId", block.paymentInformationId()),
                block.requestedExecutionDate(), block.numberOfTransactions(),
                SepaFields.controlSum("Block " + block.paymentInformationId(), block.controlSum()));
    }

    /** The transfer with its texts cleaned; a failure names the block and the transfer's position in it. */
    static CreditTransfer transfer(PaymentBlock block, long position, CreditTransfer transfer) {
        try {
            return new CreditTransfer(SepaFields.identifier("EndToEndId", transfer.endToEndId()),
                    SepaFields.amount("Transfer", transfer.amount()),
                    SepaFields.name("Creditor name", transfer.creditorName()),
                    SepaFields.iban("Creditor", transfer.creditorIban()),
                    SepaFields.bic("Creditor", transfer.creditorBic()),
                    SepaFields.remittance(transfer.remittanceInformation()));
        }
        catch (SepaFileException ex) {
            throw new SepaFileException("Block " + block.paymentInformationId() + ", transaction " + position
                    + " (EndToEndId " + transfer.endToEndId() + "): " + ex.getMessage(), ex);
        }
    }

}
