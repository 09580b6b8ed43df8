package dev.settle.order;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Map;

/**
 * Changes to an instruction: a field left out keeps its value; an empty {@code financialInstrumentId} or
 * {@code schemeId} clears it (the customer default, if any, then applies); {@code metadata} replaces the
 * instruction's own keys.
 */
public record UpdateInstructionRequest(String financialInstrumentId, String amount, String currency, String country,
        String settledByDate, @JsonAlias("scheme") String schemeId, Map<String, String> metadata) {
}
