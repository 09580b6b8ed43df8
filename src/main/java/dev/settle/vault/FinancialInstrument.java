package dev.settle.vault;

import dev.settle.system.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored financial instrument of one tenant's customer: what a scheme writer needs to pay or collect.
 * The IBAN is kept in electronic form (no spaces, upper case). {@link #toString()} masks the IBAN and the
 * token, so logging an instrument never leaks them.
 *
 * @param sequenceType for a {@link InstrumentType#SEPA_MANDATE}: {@code FRST} until the first collection, then
 *     {@code RCUR}; {@code null} for other types
 */
public record FinancialInstrument(UUID id, UUID tenantId, String customerRef, InstrumentType type, String holderName,
        String iban, String bic, String mandateId, LocalDate mandateSignedOn, SequenceType sequenceType,
        String pspToken, InstrumentStatus status, boolean canCredit, boolean canDebit, Instant createdAt,
        Instant lastUpdatedAt) {

    @Override
    public String toString() {
        return "FinancialInstrument[id=" + id + ", tenantId=" + tenantId + ", customerRef=" + customerRef
                + ", type=" + type + ", iban=" + PersonalData.mask(iban) + ", bic=" + bic + ", mandateId=" + mandateId
                + ", sequenceType=" + sequenceType + ", pspToken=" + PersonalData.mask(pspToken) + ", status="
                + status + ", canCredit=" + canCredit + ", canDebit=" + canDebit + "]";
    }
}
