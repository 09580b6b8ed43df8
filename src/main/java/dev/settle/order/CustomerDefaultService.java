package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.security.Caller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an order's default for one customer and re-resolves that customer's instructions still
 * {@code INCOMPLETE} or {@code READY}: inherited values follow the new default, own values stay, and an
 * instruction that becomes complete moves to {@code READY}.
 */
@Service
public class CustomerDefaultService {

    private final OrderService orderService;
    private final OrderRepository orders;
    private final InstructionRepository instructions;
    private final InstructionService instructionService;
    private final InstructionValidator validator;
    private final CustomerDefaultValidator defaultValidator;
    private final JdbcInstructionReferences references;

    public CustomerDefaultService(OrderService orderService, OrderRepository orders,
            InstructionRepository instructions, InstructionService instructionService, InstructionValidator validator,
            CustomerDefaultValidator defaultValidator, JdbcInstructionReferences references) {
        this.orderService = orderService;
        this.orders = orders;
        this.instructions = instructions;
        this.instructionService = instructionService;
        this.validator = validator;
        this.defaultValidator = defaultValidator;
        this.references = references;
    }

    @Transactional
    public void put(Caller caller, String orderRef, String customerRef, CustomerDefaultRequest request) {
        Order order = orderService.find(caller, orderRef);
        InstructionReferences refs = references.forTenant(caller.tenantId());
        List<ApiError> errors = new ArrayList<>();
        CustomerDefault customerDefault = defaultValidator.validate(customerRef, request, refs, errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        List<Instruction> affected = instructions.findForCustomer(order.id(), customerRef).stream()
                .filter(i -> i.status() == InstructionStatus.INCOMPLETE || i.status() == InstructionStatus.READY)
                .toList();
        List<Instruction> changed = new ArrayList<>();
        for (Instruction current : affected) {
            var validation = validator.validate(InstructionChanges.own(current), customerDefault, refs, true);
            validation.errors().forEach(e -> errors.add(e.with("instructionRef", current.instructionRef())));
            if (validation.valid()) {
                changed.add(current.withDraft(validation.draft(), validation.draft().completeness()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        orders.putDefault(order.id(), customerDefault);
        StatusChange change = new StatusChange(StatusCause.CUSTOMER_DEFAULT, customerRef, caller.identity(),
                "customer default changed");
        for (int i = 0; i < affected.size(); i++) {
            instructionService.apply(affected.get(i), changed.get(i), change);
        }
    }
}
