package dev.settle.order;

import dev.settle.system.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The two v1 tutorial calls: create an order (201), then add an instruction (201 with the instruction). */
@RestController
public class OrderV1Controller {

    private final OrderService orders;
    private final InstructionService instructions;
    private final InstructionController v2;

    public OrderV1Controller(OrderService orders, InstructionService instructions, InstructionController v2) {
        this.orders = orders;
        this.instructions = instructions;
        this.v2 = v2;
    }

    @PostMapping("/v1/order-management")
    ResponseEntity<Void> create(Caller caller, @RequestBody CreateOrderRequest request) {
        orders.create(caller, request);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/v2/order-management/" + request.orderRef())
                .build();
    }

    @PostMapping("/v1/order-management/{orderRef}/instruction")
    ResponseEntity<InstructionResponse> createInstruction(Caller caller, @PathVariable String orderRef,
            @RequestBody CreateInstructionRequest request) {
        Instruction created = instructions.create(caller, orderRef, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(v2.response(created, true));
    }
}
