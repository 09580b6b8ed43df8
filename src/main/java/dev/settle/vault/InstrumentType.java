package dev.settle.vault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a financial instrument is, and which directions it serves when the request does not say. */
public enum InstrumentType {
    /** An account that receives credit transfers. */
    BANK_ACCOUNT(true, false),
    /** An account with a signed SEPA Core direct-debit mandate, for collections. */
    SEPA_MANDATE(false, true),
    /** A payment method stored at a PSP, used through its token. */
    PSP_TOKEN(true, true);

    private final boolean creditByDefault;
    private final boolean debitByDefault;

    InstrumentType(boolean creditByDefault, boolean debitByDefault) {
        this.creditByDefault = creditByDefault;
        this.debitByDefault = debitByDefault;
    }

    public boolean creditByDefault() {
        return creditByDefault;
    }

    public boolean debitByDefault() {
        return debitByDefault;
    }

    /** Whether the instrument is an account identified by holder name and IBAN. */
    public boolean isBankAccount() {
        return this != PSP_TOKEN;
    }

    /** The type named by {@code value}, ignoring case and surrounding spaces; empty when there is none. */
    public static Optional<InstrumentType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
