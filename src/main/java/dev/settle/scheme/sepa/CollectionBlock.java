package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment information block ({@code PmtInf}) of a pain.008 file: the SEPA Core direct debits collected
 * together on one date with one sequence type.
 * <p>
 * The count and sum are announced before the block's transactions are streamed (typically computed by SQL), and
 * the writer fails the whole file if the streamed transactions do not add up to them.
 *
 * @param paymentInformationId 1 to 35 characters of the SEPA character set, unique per block
 * @param requestedCollectionDate the date the debtors' accounts are to be debited
 * @param sequenceType {@code FRST} for the first collection under a mandate, {@code RCUR} for later ones
 * @param numberOfTransactions announced count of transactions, at least one
 * @param controlSum announced sum of the transactions' amounts
 */
public record CollectionBlock(String paymentInformationId, LocalDate requestedCollectionDate, String sequenceType,
        long numberOfTransactions, BigDecimal controlSum) {

    public CollectionBlock {
        Objects.requireNonNull(paymentInformationId, "paymentInformationId");
        Objects.requireNonNull(requestedCollectionDate, "requestedCollectionDate");
        Objects.requireNonNull(sequenceType, "sequenceType");
        Objects.requireNonNull(controlSum, "controlSum");
    }

}
