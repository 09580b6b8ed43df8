package dev.settle.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A validated instruction with customer defaults applied, ready to store.
 *
 * @param ownMetadata the keys the tenant gave on the instruction itself
 * @param metadata the effective metadata: the customer default's keys overlaid by the instruction's own
 */
public record InstructionDraft(String instructionRef, String customerRef, Direction direction, BigDecimal amount,
        String currency, String country, LocalDate settledByDate, UUID financialInstrumentId,
        ValueSource financialInstrumentSource, String schemeId, ValueSource schemeSource,
        Map<String, String> ownMetadata, Map<String, String> metadata) {

    /** {@code READY} once both a financial instrument and a scheme are known, else {@code INCOMPLETE}. */
    public InstructionStatus completeness() {
        return financialInstrumentId != null && schemeId != null ? InstructionStatus.READY : InstructionStatus.INCOMPLETE;
    }
}
