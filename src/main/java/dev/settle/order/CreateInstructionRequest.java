package dev.settle.order;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Map;

/**
 * An instruction in a create request. Every field is bound as text so that a bad amount or date is reported
 * with the request's other errors instead of failing the whole body; {@code amount} may be a JSON string or
 * number (its exact text is kept). The v1 tutorial's {@code scheme} is accepted for {@code schemeId}.
 */
public record CreateInstructionRequest(String instructionRef, String customerRef, String direction,
        String financialInstrumentId, String amount, String currency, String country, String settledByDate,
        @JsonAlias("scheme") String schemeId, Map<String, String> metadata) {

    public InstructionFields fields() {
        return new InstructionFields(instructionRef, customerRef, direction, financialInstrumentId, amount, currency,
                country, settledByDate, schemeId, metadata);
    }
}
