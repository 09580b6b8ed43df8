package dev.settle.order;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An order as the API shows it. */
public record OrderResponse(Map<String, Object> _links, String orderRef, long created, long lastUpdated,
        List<String> instructionRefs, Map<String, String> metadata, Map<String, DefaultResponse> customerDefaults) {

    /** One customer's defaults. */
    public record DefaultResponse(UUID financialInstrumentId, String schemeId, Map<String, String> metadata) {
    }

    public static OrderResponse of(OrderService.OrderView view) {
        Order order = view.order();
        Map<String, DefaultResponse> defaults = new LinkedHashMap<>();
        view.customerDefaults().forEach((ref, d) -> defaults.put(ref,
                new DefaultResponse(d.financialInstrumentId(), d.schemeId(), d.metadata())));
        return new OrderResponse(Map.of("self", Map.of("href", "/v2/order-management/" + order.orderRef())),
                order.orderRef(), order.createdAt().toEpochMilli(), order.lastUpdatedAt().toEpochMilli(),
                view.instructionRefs(), order.metadata(), defaults);
    }
}
