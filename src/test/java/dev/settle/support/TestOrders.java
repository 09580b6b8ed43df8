package dev.settle.support;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.CreateOrderRequest;
import dev.settle.order.OrderService;
import dev.settle.system.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders and instructions created through the order service, as the API creates them. */
public final class TestOrders {

    private TestOrders() {
    }

    /** A EUR payout to customer C-1's account on a scheme. */
    public static CreateInstructionRequest payout(String ref, UUID account, String amount, String settledBy,
            String schemeId) {
        return new CreateInstructionRequest(ref, "C-1", "CREDIT", account.toString(), amount, "EUR", "DE", settledBy,
                schemeId, Map.of());
    }

    public static void order(OrderService orders, Caller caller, String orderRef,
            List<CreateInstructionRequest> instructions) {
        orders.create(caller, new CreateOrderRequest(orderRef, instructions, Map.of(), Map.of()));
    }
}
