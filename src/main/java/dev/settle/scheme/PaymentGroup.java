package dev.settle.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Payments of a batch that a scheme executes together: one execution date, one currency and, for SEPA direct
 * debits, one sequence type. Its count and total are known before any payment is read, so a file writer can write
 * its headers first and still stream the payments.
 *
 * @param executionDate the requested execution (credit transfer) or collection (direct debit) date
 * @param sequenceType {@code FRST} or {@code RCUR} for direct debits under a mandate, else null
 * @param currency ISO 4217 code of every payment in the group
 * @param count how many payments the group holds, at least one
 * @param total the sum of their amounts
 */
public record PaymentGroup(LocalDate executionDate, String sequenceType, String currency, long count,
        BigDecimal total) {

    public PaymentGroup {
        Objects.requireNonNull(executionDate, "executionDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        if (count < 1) {
            throw new IllegalArgumentException("A payment group holds at least one payment, got " + count);
        }
    }

    /** Whether a payment belongs to this group. */
    public boolean contains(Payment payment) {
        return executionDate.equals(payment.executionDate()) && currency.equals(payment.currency())
                && Objects.equals(sequenceType, payment.counterparty().sequenceType());
    }
}
