package dev.settle.vault;

import dev.settle.system.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A financial instrument as a client sends it, every field a string so the API body and a CSV row map onto it
 * alike. Blank fields count as absent. Check it with {@link FinancialInstrumentValidator} before
 * {@link #toInstrument}.
 *
 * @param type {@code BANK_ACCOUNT}, {@code SEPA_MANDATE} or {@code PSP_TOKEN}
 * @param iban with or without spaces, any case
 * @param mandateSignedOn {@code yyyy-MM-dd}
 * @param canCredit {@code true} or {@code false}; absent means the type's default
 * @param canDebit {@code true} or {@code false}; absent means the type's default
 */
public record FinancialInstrumentRequest(String customerRef, String type, String holderName, String iban, String bic,
        String mandateId, String mandateSignedOn, String pspToken, String canCredit, String canDebit) {

    /** The IBAN in electronic form (no spaces, upper case), or {@code null}. */
    public String normalisedIban() {
        String value = given(iban);
        return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The BIC in upper case, or {@code null}. */
    public String normalisedBic() {
        String value = given(bic);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /**
     * The new, active instrument this request describes; a SEPA mandate starts at sequence type {@code FRST}.
     *
     * @throws IllegalArgumentException when the request was not valid
     */
    public FinancialInstrument toInstrument(UUID id, UUID tenantId, Instant now) {
        InstrumentType instrumentType = InstrumentType.parse(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown financial instrument type '" + type + "'"));
        String signedOn = given(mandateSignedOn);
        return new FinancialInstrument(id, tenantId, given(customerRef), instrumentType, given(holderName),
                normalisedIban(), normalisedBic(), given(mandateId), signedOn == null ? null : LocalDate.parse(signedOn),
                instrumentType == InstrumentType.SEPA_MANDATE ? SequenceType.FRST : null, given(pspToken),
                InstrumentStatus.ACTIVE, flag(canCredit, instrumentType.creditByDefault()),
                flag(canDebit, instrumentType.debitByDefault()), now, now);
    }

    /** The trimmed value, or {@code null} when it is absent or blank. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Whether {@code value} is absent or spells a boolean. */
    static boolean isFlag(String value) {
        String flag = given(value);
        return flag == null || "true".equalsIgnoreCase(flag) || "false".equalsIgnoreCase(flag);
    }

    private static boolean flag(String value, boolean byDefault) {
        String flag = given(value);
        if (flag == null) {
            return byDefault;
        }
        if (!isFlag(flag)) {
            throw new IllegalArgumentException("'" + flag + "' is neither true nor false");
        }
        return Boolean.parseBoolean(flag);
    }

    @Override
    public String toString() {
        return "FinancialInstrumentRequest[customerRef=" + customerRef + ", type=" + type + ", iban="
                + PersonalData.mask(normalisedIban()) + ", bic=" + bic + ", mandateId=" + mandateId + ", mandateSignedOn="
                + mandateSignedOn + ", pspToken=" + PersonalData.mask(pspToken) + ", canCredit=" + canCredit
                + ", canDebit=" + canDebit + "]";
    }
}
