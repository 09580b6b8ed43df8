package dev.settle.csvimport;

import dev.settle.order.InstructionDraft;
import dev.settle.order.InstructionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An instruction already stored under a ref a row names, with what a row is compared against. */
record ExistingInstruction(long id, long orderId, String instructionRef, InstructionStatus status,
        Long createdByImport, String customerRef, String direction, BigDecimal amount, String currency,
        String country, LocalDate settledByDate, UUID financialInstrumentId, String schemeId,
        Map<String, String> ownMetadata) {

    /** Whether the row asks for exactly what is stored. */
    boolean sameAs(InstructionDraft draft) {
        return customerRef.equals(draft.customerRef()) && direction.equals(draft.direction().name())
                && amount.compareTo(draft.amount()) == 0 && currency.equals(draft.currency())
                && Objects.equals(country, draft.country()) && settledByDate.equals(draft.settledByDate())
                && Objects.equals(financialInstrumentId, draft.financialInstrumentId())
                && Objects.equals(schemeId, draft.schemeId()) && ownMetadata.equals(draft.ownMetadata());
    }
}
