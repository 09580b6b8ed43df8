package dev.settle.scheme.sepa;

import java.util.Objects;

/**
 * The debtor of every payment in a file: our account the transfers are paid from, also named as the initiating
 * party.
 *
 * @param name account holder name; reduced to the SEPA character set and 70 characters when written
 * @param iban account the transfers are debited from
 * @param bic the debtor bank's BIC, or {@code null} for IBAN-only (written as {@code NOTPROVIDED})
 */
public record Originator(String name, String iban, String bic) {

    public Originator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
    }

}
