package dev.settle.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment as a scheme needs it.
 *
 * @param key the identifier the scheme sees (EndToEndId, idempotency key): unique per submission attempt
 * @param instructionRef the tenant's reference, for remittance text and support
 * @param direction {@code CREDIT} (pay out) or {@code DEBIT} (collect)
 * @param amount in {@code currency}, never negative
 * @param executionDate the date the scheme should execute it (the submission's business date or later)
 * @param counterparty the customer's account, mandate or token
 * @param remittanceInformation free text for the customer's statement (may be null)
 */
public record Payment(String key, String instructionRef, String direction, BigDecimal amount, String currency,
        LocalDate executionDate, Counterparty counterparty, String remittanceInformation) {

    /**
     * The customer's side: a bank account, with a mandate for direct debits, or a PSP token.
     *
     * @param sequenceType {@code FRST} or {@code RCUR} for a SEPA mandate's collection, else null
     */
    public record Counterparty(String name, String iban, String bic, String mandateId, LocalDate mandateSignedOn,
            String sequenceType, String pspToken) {

        @Override
        public String toString() {
            return "Counterparty[name=<hidden>, iban=" + last4(iban) + ", mandateId=" + mandateId + ", sequenceType="
                    + sequenceType + ", pspToken=" + last4(pspToken) + "]";
        }

        private static String last4(String value) {
            return value == null ? null : "****" + value.substring(Math.max(0, value.length() - 4));
        }
    }
}
