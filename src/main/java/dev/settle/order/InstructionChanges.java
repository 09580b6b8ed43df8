package dev.settle.order;

/**
 * Turns an update request into the full set of fields the validator checks: what the request gives wins,
 * the rest is kept. A value inherited from a customer default is left out so the default applies afresh.
 */
final class InstructionChanges {

    private InstructionChanges() {
    }

    static InstructionFields merge(Instruction current, UpdateInstructionRequest request) {
        return new InstructionFields(current.instructionRef(), current.customerRef(), current.direction().name(),
                request.financialInstrumentId() != null ? request.financialInstrumentId() : ownInstrument(current),
                request.amount() != null ? request.amount() : current.amount().toPlainString(),
                request.currency() != null ? request.currency() : current.currency(),
                request.country() != null ? request.country() : current.country(),
                request.settledByDate() != null ? request.settledByDate() : current.settledByDate().toString(),
                request.schemeId() != null ? request.schemeId() : ownScheme(current),
                request.metadata() != null ? request.metadata() : current.ownMetadata());
    }

    /** The instruction's fields as they would be re-resolved against a changed customer default. */
    static InstructionFields own(Instruction current) {
        return new InstructionFields(current.instructionRef(), current.customerRef(), current.direction().name(),
                ownInstrument(current), current.amount().toPlainString(), current.currency(), current.country(),
                current.settledByDate().toString(), ownScheme(current), current.ownMetadata());
    }

    private static String ownInstrument(Instruction current) {
        return current.financialInstrumentSource() == ValueSource.CUSTOMER_DEFAULT
                || current.financialInstrumentId() == null ? null : current.financialInstrumentId().toString();
    }

    private static String ownScheme(Instruction current) {
        return current.schemeSource() == ValueSource.CUSTOMER_DEFAULT ? null : current.schemeId();
    }
}
