package dev.settle.order;

import java.util.Map;

/**
 * An instruction as a tenant sends it, every field still raw text: the API's request body and one CSV row
 * both become this before the one {@link InstructionValidator} checks it.
 */
public record InstructionFields(String instructionRef, String customerRef, String direction,
        String financialInstrumentId, String amount, String currency, String country, String settledByDate,
        String schemeId, Map<String, String> metadata) {
}
