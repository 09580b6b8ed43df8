package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One payment to a creditor, in euro.
 *
 * @param endToEndId our reference, carried to the creditor and back in returns: 1 to 35 characters of the SEPA
 * character set, never altered (an invalid one fails the file)
 * @param amount in euro, positive, at most two decimals and at most 999,999,999.99
 * @param creditorName reduced to the SEPA character set and 70 characters when written
 * @param creditorIban the account credited
 * @param creditorBic the creditor bank's BIC, or {@code null} (IBAN-only)
 * @param remittanceInformation unstructured text for the creditor, or {@code null}; reduced to the SEPA character
 * set and 140 characters when written
 */
public record CreditTransfer(String endToEndId, BigDecimal amount, String creditorName, String creditorIban,
        String creditorBic, String remittanceInformation) {

    public CreditTransfer {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(creditorName, "creditorName");
        Objects.requireNonNull(creditorIban, "creditorIban");
    }

}
