package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Checks the header and blocks of a pain.008 file before anything is written, and each direct debit as it is
 * streamed: identifiers, creditor identifier, mandates and accounts valid for the schema, sequence types SEPA Core
 * takes here, and the header's announced totals equal to the sums of the blocks' announced totals. Each block's
 * totals are checked against its streamed transactions by {@link Pain008Stream}.
 */
final class Pain008Checks {

    /** First and recurrent collections; one-off and final ones are not offered. */
    static final Set<String> SEQUENCE_TYPES = Set.of("FRST", "RCUR");

    private Pain008Checks() {
    }

    /** The header with its creditor cleaned and its control sum scaled to cents. */
    static DirectDebitFileHeader header(DirectDebitFileHeader header, List<CollectionBlock> blocks) {
        SepaTotals.blockIds(blocks.stream().map(CollectionBlock::paymentInformationId).toList());
        Creditor creditor = header.creditor();
        Creditor checkedCreditor = new Creditor(SepaFields.name("Creditor name", creditor.name()),
                SepaFields.iban("Creditor", creditor.iban()), SepaFields.bic("Creditor", creditor.bic()),
                SepaFields.creditorId(creditor.creditorSchemeId()));
        BigDecimal controlSum = SepaFields.controlSum("File", header.controlSum());
        SepaTotals.headerMatchesBlocks(header.numberOfTransactions(), controlSum,
                blocks.stream().map(CollectionBlock::numberOfTransactions).toList(),
                blocks.stream().map(CollectionBlock::controlSum).toList());
        return new DirectDebitFileHeader(SepaFields.identifier("MsgId", header.messageId()), header.creationTime(),
                header.numberOfTransactions(), controlSum, checkedCreditor);
    }

    /** The block with its control sum scaled to cents. */
    static CollectionBlock block(CollectionBlock block) {
        SepaTotals.blockCount(block.paymentInformationId(), block.numberOfTransactions());
        if (!SEQUENCE_TYPES.contains(block.sequenceType())) {
            throw new SepaFileException("Block " + block.paymentInformationId() + " has sequence type '"
                    + block.sequenceType() + "'; only FRST and RCUR are written");
        }
        return new CollectionBlock(SepaFields.identifier("PmtInfId", block.paymentInformationId()),
                block.requestedCollectionDate(), block.sequenceType(), block.numberOfTransactions(),
                SepaFields.controlSum("Block " + block.paymentInformationId(), block.controlSum()));
    }

    /** The direct debit with its texts cleaned; a failure names the block and the debit's position in it. */
    static DirectDebit debit(CollectionBlock block, long position, DirectDebit debit) {
        try {
            if (debit.mandateSignedOn().isAfter(block.requestedCollectionDate())) {
                throw new SepaFileException("mandate " + debit.mandateId() + " signed on " + debit.mandateSignedOn()
                        + ", after the collection date " + block.requestedCollectionDate());
            }
            return new DirectDebit(SepaFields.identifier("EndToEndId", debit.endToEndId()),
                    SepaFields.amount("Direct debit", debit.amount()),
                    SepaFields.name("Debtor name", debit.debtorName()), SepaFields.iban("Debtor", debit.debtorIban()),
                    SepaFields.bic("Debtor", debit.debtorBic()), SepaFields.identifier("MndtId", debit.mandateId()),
                    debit.mandateSignedOn(), SepaFields.remittance(debit.remittanceInformation()));
        }
        catch (SepaFileException ex) {
            throw new SepaFileException("Block " + block.paymentInformationId() + ", transaction " + position
                    + " (EndToEndId " + debit.endToEndId() + "): " + ex.getMessage(), ex);
        }
    }

}
