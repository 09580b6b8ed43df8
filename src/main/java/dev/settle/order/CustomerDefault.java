package dev.settle.order;

import java.util.Map;
import java.util.UUID;

/**
 * What an order's instructions for one customer inherit when they leave it out: financial instrument, scheme,
 * and metadata keys (the instruction's own keys win).
 */
public record CustomerDefault(String customerRef, UUID financialInstrumentId, String schemeId,
        Map<String, String> metadata) {

    public CustomerDefault {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
