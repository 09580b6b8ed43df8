package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a scheme's report says about our payments: a status of a whole file, a payment-information block or
 * one payment (pain.002), a booking, return or reversal on our account (camt.054 / camt.053), or a PSP settlement
 * line (charge, payout, refund, dispute, fee). Readers turn every format into these, in file order; applying
 * them to the order store is not the readers' business.
 *
 * @param position 1-based order of the entry in its file, for messages that point an operator at it
 * @param entryKey identifies the entry whatever file carries it (the bank's or PSP's own reference where there is
 *     one, else the original identifiers and the status), so an entry seen in two files is applied once
 * @param type what happened
 * @param scope whether the entry is about the whole original message, one of its blocks, or one payment
 * @param originalMessageId our file's message id (the batch id) when the report names it
 * @param originalBlockId our PmtInfId when the report names it
 * @param endToEndId our payment key when the report names it
 * @param schemeReference the bank's or PSP's reference of the entry (AcctSvcrRef, PSP id), or null
 * @param status the ISO status code as reported ({@code ACTC}, {@code ACCP}, {@code ACSP}, {@code ACSC},
 *     {@code ACWC}, {@code PDNG}, {@code RJCT}, {@code PART}) for status entries; for camt bookings the bank's entry
 *     status ({@code BOOK}, {@code PDNG}, {@code INFO}), only {@code BOOK} meaning the money has moved; else null
 * @param reasonCode the ISO or PSP reason code, kept verbatim when unknown, or null
 * @param reasonText the reason's text: the report's own additional information, else the ISO definition of the
 *     code, or null
 * @param amount the entry's amount (never negative; the type says which way it went), or null when not given
 * @param currency ISO 4217 code of {@code amount}, or null
 * @param bookingDate the date booked on the account, or null
 * @param valueDate the value (settlement) date, or null
 * @param charges fees the bank or PSP took for the entry, or null
 */
public record ReportEntry(int position, String entryKey, EntryType type, Scope scope, String originalMessageId,
        String originalBlockId, String endToEndId, String schemeReference, String status, String reasonCode,
        String reasonText, BigDecimal amount, String currency, LocalDate bookingDate, LocalDate valueDate,
        BigDecimal charges) {

    public ReportEntry {
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
    }

    /** What an entry reports. */
    public enum EntryType {
        /** A status of a file, block or payment (pain.002). */
        STATUS,
        /** Money moved on our account for the payment: a credit transfer debited, a collection credited. */
        BOOKED,
        /** The payment came back after it was booked: an R-transaction return, refusal or reversal. */
        RETURNED,
        /** Money paid back to the customer on a completed collection or charge. */
        REFUNDED,
        /** A customer disputed a completed collection or charge (SDD refund request MD06, card chargeback). */
        CHARGEBACK_OPENED,
        /** The dispute was decided for us: the money stays. */
        CHARGEBACK_WON,
        /** The dispute was decided against us: the money is gone. */
        CHARGEBACK_LOST,
        /** A fee charged on its own line. */
        FEE
    }

    /** What an entry is about. */
    public enum Scope {
        /** The whole original message: every payment in it. */
        FILE,
        /** One payment-information block of the original message. */
        BLOCK,
        /** One payment. */
        PAYMENT
    }
}
