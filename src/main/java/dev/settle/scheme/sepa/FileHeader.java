package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The group header of a pain.001 file.
 *
 * @param messageId 1 to 35 characters of the SEPA character set; banks reject a message id they have seen, so it
 * is never shortened or altered
 * @param creationTime written to the second, with its offset
 * @param numberOfTransactions announced count of all transactions in the file
 * @param controlSum announced sum of all transactions' amounts
 * @param originator debtor and initiating party
 */
public record FileHeader(String messageId, OffsetDateTime creationTime, long numberOfTransactions,
        BigDecimal controlSum, Originator originator) {

    public FileHeader {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(controlSum, "controlSum");
        Objects.requireNonNull(originator, "originator");
    }

}
