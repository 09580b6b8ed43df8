package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.system.security.Caller;
import dev.settle.system.web.PageRequest;
import dev.settle.system.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, changing and cancelling a tenant's instructions. */
@Service
public class InstructionService {

    private final OrderRepository orders;
    private final InstructionRepository instructions;
    private final InstructionValidator validator;
    private final JdbcInstructionReferences references;
    private final InstructionTransitions transitions;
    private final Clock clock;

    public InstructionService(OrderRepository orders, InstructionRepository instructions,
            InstructionValidator validator, JdbcInstructionReferences references, InstructionTransitions transitions,
            Clock clock) {
        this.orders = orders;
        this.instructions = instructions;
        this.validator = validator;
        this.references = references;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Transactional
    public Instruction create(Caller caller, String orderRef, CreateInstructionRequest request) {
        Order order = orders.find(caller.tenantId(), orderRef)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.ORDER_NOT_FOUND, "orderRef", orderRef));
        CustomerDefault customerDefault = request.customerRef() == null ? null
                : orders.defaults(order.id()).get(request.customerRef());
        InstructionValidator.Validation validation = validator.validate(request.fields(), customerDefault,
                references.forTenant(caller.tenantId()));
        if (!validation.valid()) {
            throw ApiException.badRequest(validation.errors());
        }
        refuseExisting(caller, orderRef, request.instructionRef());
        Instant now = clock.instant();
        try {
            long id = instructions.insert(caller.tenantId(), order.id(), validation.draft(), now);
            transitions.created(caller.tenantId(), id, validation.draft().completeness(), StatusChange.api(caller.identity()));
        } catch (DuplicateKeyException e) {
            refuseExisting(caller, orderRef, request.instructionRef());
            throw e;
        }
        orders.touch(order.id(), now);
        return get(caller, orderRef, request.instructionRef());
    }

    public Instruction get(Caller caller, String orderRef, String instructionRef) {
        return instructions.find(caller.tenantId(), orderRef, instructionRef).orElseThrow(() -> notFound(caller, orderRef,
                instructionRef));
    }

    @Transactional
    public void update(Caller caller, String orderRef, String instructionRef, UpdateInstructionRequest request) {
        Instruction current = get(caller, orderRef, instructionRef);
        if (!current.status().isChangeable()) {
            throw ApiException.conflict(ApiError.of(ErrorCode.INSTRUCTION_CANNOT_BE_UPDATED,
                    Map.of("instructionRef", instructionRef, "status", current.status())));
        }
        CustomerDefault customerDefault = orders.defaults(current.orderId()).get(current.customerRef());
        InstructionFields fields = InstructionChanges.merge(current, request);
        boolean keepsDate = request.settledByDate() == null;
        InstructionValidator.Validation validation = validator.validate(fields, customerDefault,
                references.forTenant(caller.tenantId()), keepsDate);
        if (!validation.valid()) {
            throw ApiException.badRequest(validation.errors());
        }
        InstructionStatus target = current.status() == InstructionStatus.LATE && keepsDate
                ? InstructionStatus.LATE : validation.draft().completeness();
        apply(current, current.withDraft(validation.draft(), target), StatusChange.api(caller.identity()));
    }

    /** Stores a recomputed instruction through the status machine and the version guard. */
    void apply(Instruction current, Instruction changed, StatusChange change) {
        transitions.verify(current, changed.status(), change);
        Instant now = clock.instant();
        if (!instructions.update(current, changed, now)) {
            throw concurrentlyModified(current);
        }
        transitions.applied(current, changed.status(), change);
        orders.touch(current.orderId(), now);
    }

    @Transactional
    public void cancel(Caller caller, String orderRef, String instructionRef, String reason) {
        Instruction current = get(caller, orderRef, instructionRef);
        if (!current.status().isChangeable()) {
            throw ApiException.conflict(ApiError.of(ErrorCode.INSTRUCTION_CANNOT_BE_CANCELLED,
                    Map.of("instructionRef", instructionRef, "status", current.status())));
        }
        StatusChange change = new StatusChange(StatusCause.API, null, caller.identity(), reason);
        transitions.verify(current, InstructionStatus.CANCELLED, change);
        Instant now = clock.instant();
        if (!instructions.cancel(current, caller.identity(), reason, now)) {
            throw concurrentlyModified(current);
        }
        transitions.applied(current, InstructionStatus.CANCELLED, change);
        orders.touch(current.orderId(), now);
    }

    public PageResponse<Instruction> list(Caller caller, InstructionFilter filter, PageRequest page) {
        return PageResponse.of(instructions.page(caller.tenantId(), filter, page), page,
                instructions.count(caller.tenantId(), filter));
    }

    private void refuseExisting(Caller caller, String orderRef, String instructionRef) {
        instructions.find(caller.tenantId(), orderRef, instructionRef).ifPresent(existing -> {
            throw ApiException.conflict(ApiError.of(existing.status() == InstructionStatus.CANCELLED
                    ? ErrorCode.INSTRUCTION_CANCELLED : ErrorCode.INSTRUCTION_ALREADY_EXISTS,
                    Map.of("orderRef", orderRef, "instructionRef", instructionRef)));
        });
    }

    private ApiException notFound(Caller caller, String orderRef, String instructionRef) {
        if (orders.find(caller.tenantId(), orderRef).isEmpty()) {
            return ApiException.notFound(ErrorCode.ORDER_NOT_FOUND, "orderRef", orderRef);
        }
        return new ApiException(HttpStatus.NOT_FOUND, ApiError.of(ErrorCode.INSTRUCTION_NOT_FOUND,
                Map.of("orderRef", orderRef, "instructionRef", instructionRef)));
    }

    static ApiException concurrentlyModified(Instruction current) {
        return ApiException.conflict(ApiError.of(ErrorCode.INSTRUCTION_CONCURRENTLY_MODIFIED,
                "instructionRef", current.instructionRef()));
    }

    /** The refs of a request's instructions that appear more than once. */
    static List<String> duplicates(List<String> refs) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return refs.stream().filter(ref -> ref != null && !seen.add(ref)).distinct().toList();
    }
}
