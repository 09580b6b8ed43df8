package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment information block ({@code PmtInf}): the transfers debited together on one execution date.
 * <p>
 * The count and sum are announced before the block's transactions are streamed (typically computed by SQL), and
 * the writer fails the whole file if the streamed transactions do not add up to them.
 *
 * @param paymentInformationId 1 to 35 characters of the SEPA character set, unique per block
 * @param requestedExecutionDate the date the bank is asked to execute the block
 * @param numberOfTransactions announced count of transactions, at least one
 * @param controlSum announced sum of the transactions' amounts
 */
public record PaymentBlock(String paymentInformationId, LocalDate requestedExecutionDate, long numberOfTransactions,
        BigDecimal controlSum) {

    public PaymentBlock {
        Objects.requireNonNull(paymentInformationId, "paymentInformationId");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        Objects.requireNonNull(controlSum, "controlSum");
    }

}
