package dev.settle.scheme.sepa;

import java.util.Objects;

/**
 * The creditor of every direct debit in a file: our account the collections are credited to, also named as the
 * initiating party.
 *
 * @param name account holder name; reduced to the SEPA character set and 70 characters when written
 * @param iban account the collections are credited to
 * @param bic the creditor bank's BIC, or {@code null} for IBAN-only (written as {@code NOTPROVIDED})
 * @param creditorSchemeId the SEPA creditor identifier (e.g. {@code DE98ZZZ09999999999}), written as
 * {@code CdtrSchmeId} with scheme name {@code SEPA}; its check digits are verified, it is never altered
 */
public record Creditor(String name, String iban, String bic, String creditorSchemeId) {

    public Creditor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(creditorSchemeId, "creditorSchemeId");
    }

}
