package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One SEPA Core direct debit from a debtor's account, in euro, under the debtor's mandate.
 *
 * @param endToEndId our reference, carried to the debtor and back in returns: 1 to 35 characters of the SEPA
 * character set, never altered (an invalid one fails the file)
 * @param amount in euro, positive, at most two decimals and at most 999,999,999.99
 * @param debtorName reduced to the SEPA character set and 70 characters when written
 * @param debtorIban the account debited
 * @param debtorBic the debtor bank's BIC, or {@code null} (IBAN-only, written as {@code NOTPROVIDED})
 * @param mandateId the mandate reference the debtor signed: 1 to 35 characters of the SEPA character set, never
 * altered
 * @param mandateSignedOn the date the mandate was signed; not after the block's collection date
 * @param remittanceInformation unstructured text for the debtor, or {@code null}; reduced to the SEPA character
 * set and 140 characters when written
 */
public record DirectDebit(String endToEndId, BigDecimal amount, String debtorName, String debtorIban,
        String debtorBic, String mandateId, LocalDate mandateSignedOn, String remittanceInformation) {

    public DirectDebit {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(debtorName, "debtorName");
        Objects.requireNonNull(debtorIban, "debtorIban");
        Objects.requireNonNull(mandateId, "mandateId");
        Objects.requireNonNull(mandateSignedOn, "mandateSignedOn");
    }

}
