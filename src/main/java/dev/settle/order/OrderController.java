package dev.settle.order;

import dev.settle.system.security.Caller;
import dev.settle.system.web.PageRequest;
import dev.settle.system.web.PageResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Orders of the v2 Order Management API. */
@RestController
@RequestMapping("/v2/order-management")
public class OrderController {

    private final OrderService orders;
    private final CustomerDefaultService customerDefaults;

    public OrderController(OrderService orders, CustomerDefaultService customerDefaults) {
        this.orders = orders;
        this.customerDefaults = customerDefaults;
    }

    /** 201 for an order alone, 202 when it carries instructions. */
    @PostMapping
    ResponseEntity<Void> create(Caller caller, @RequestBody CreateOrderRequest request) {
        orders.create(caller, request);
        boolean withInstructions = request.instructions() != null && !request.instructions().isEmpty();
        return ResponseEntity.status(withInstructions ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
                .header("Location", "/v2/order-management/" + request.orderRef()).build();
    }

    @GetMapping
    PageResponse<OrderResponse> list(Caller caller, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageResponse<OrderService.OrderView> views = orders.list(caller, PageRequest.of(page, size));
        return new PageResponse<>(views.items().stream().map(OrderResponse::of).toList(), views.page(), views.size(),
                views.totalItems(), views.totalPages());
    }

    @GetMapping("/{orderRef}")
    OrderResponse get(Caller caller, @PathVariable String orderRef) {
        return OrderResponse.of(orders.get(caller, orderRef));
    }

    @PutMapping("/{orderRef}/metadata")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateMetadata(Caller caller, @PathVariable String orderRef, @RequestBody Map<String, String> metadata) {
        orders.replaceMetadata(caller, orderRef, metadata);
    }

    @DeleteMapping("/{orderRef}/metadata")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteMetadata(Caller caller, @PathVariable String orderRef) {
        orders.replaceMetadata(caller, orderRef, Map.of());
    }

    /** Sets one customer's defaults; instructions still INCOMPLETE or READY follow them. */
    @PutMapping("/{orderRef}/customer-defaults/{customerRef}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void putCustomerDefault(Caller caller, @PathVariable String orderRef, @PathVariable String customerRef,
            @RequestBody CustomerDefaultRequest request) {
        customerDefaults.put(caller, orderRef, customerRef, request);
    }
}
