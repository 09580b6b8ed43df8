package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The group header of a pain.008 file.
 *
 * @param messageId 1 to 35 characters of the SEPA character set; banks reject a message id they have seen, so it
 * is never shortened or altered
 * @param creationTime written to the second, with its offset
 * @param numberOfTransactions announced count of all direct debits in the file
 * @param controlSum announced sum of all direct debits' amounts
 * @param creditor creditor and initiating party
 */
public record DirectDebitFileHeader(String messageId, OffsetDateTime creationTime, long numberOfTransactions,
        BigDecimal controlSum, Creditor creditor) {

    public DirectDebitFileHeader {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(controlSum, "controlSum");
        Objects.requireNonNull(creditor, "creditor");
    }

}
