package dev.settle.order;

import java.util.Map;

/** What an order's instructions for one customer inherit when they leave it out. */
public record CustomerDefaultRequest(String financialInstrumentId, String schemeId, Map<String, String> metadata) {
}
