package dev.settle.order;

import java.util.List;
import java.util.Map;

/** An order with optional instructions, metadata and customer defaults. */
public record CreateOrderRequest(String orderRef, List<CreateInstructionRequest> instructions,
        Map<String, String> metadata, Map<String, CustomerDefaultRequest> customerDefaults) {
}
