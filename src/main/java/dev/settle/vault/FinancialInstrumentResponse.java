package dev.settle.vault;

import dev.settle.system.PersonalData;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A financial instrument as the API shows it: IBAN and token masked to their last four characters, times in
 * epoch milliseconds.
 */
public record FinancialInstrumentResponse(UUID id, String customerRef, InstrumentType type, String holderName,
        String iban, String bic, String mandateId, LocalDate mandateSignedOn, SequenceType sequenceType, String pspToken,
        InstrumentStatus status, boolean canCredit, boolean canDebit, long created, long lastUpdated) {

    public static FinancialInstrumentResponse of(FinancialInstrument instrument) {
        return new FinancialInstrumentResponse(instrument.id(), instrument.customerRef(), instrument.type(),
                instrument.holderName(), PersonalData.mask(instrument.iban()), instrument.bic(), instrument.mandateId(),
                instrument.mandateSignedOn(), instrument.sequenceType(), PersonalData.mask(instrument.pspToken()),
                instrument.status(), instrument.canCredit(), instrument.canDebit(),
                instrument.createdAt().toEpochMilli(), instrument.lastUpdatedAt().toEpochMilli());
    }
}
