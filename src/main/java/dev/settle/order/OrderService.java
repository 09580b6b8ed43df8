package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.system.security.Caller;
import dev.settle.system.web.PageRequest;
import dev.settle.system.web.PageResponse;
import dev.settle.webhook.WebhookEventType;
import dev.settle.webhook.WebhookOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading orders, their metadata and customer defaults. */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final InstructionRepository instructions;
    private final InstructionValidator validator;
    private final CustomerDefaultValidator defaultValidator;
    private final JdbcInstructionReferences references;
    private final InstructionTransitions transitions;
    private final WebhookOutbox outbox;
    private final Clock clock;

    public OrderService(OrderRepository orders, InstructionRepository instructions, InstructionValidator validator,
            CustomerDefaultValidator defaultValidator, JdbcInstructionReferences references,
            InstructionTransitions transitions, WebhookOutbox outbox, Clock clock) {
        this.orders = orders;
        this.instructions = instructions;
        this.validator = validator;
        this.defaultValidator = defaultValidator;
        this.references = references;
        this.transitions = transitions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Validates the whole request (every error of every instruction together), then stores all or nothing. */
    @Transactional
    public void create(Caller caller, CreateOrderRequest request) {
        InstructionReferences refs = references.forTenant(caller.tenantId());
        List<ApiError> errors = new ArrayList<>();
        InstructionValidator.ref(request.orderRef(), ErrorCode.ORDER_REF_IS_REQUIRED, ErrorCode.ORDER_REF_IS_INVALID, errors);
        errors.addAll(MetadataRules.validate("metadata", request.metadata()));
        Map<String, CustomerDefault> defaults = defaultValidator.validate(request.customerDefaults(), refs, errors);
        List<CreateInstructionRequest> requested = request.instructions() == null ? List.of() : request.instructions();
        for (String duplicate : InstructionService.duplicates(requested.stream().map(CreateInstructionRequest::instructionRef).toList())) {
            errors.add(ApiError.of(ErrorCode.INSTRUCTION_REF_IS_DUPLICATED, "instructionRef", duplicate));
        }
        List<InstructionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            CreateInstructionRequest instruction = requested.get(i);
            var validation = validator.validate(instruction.fields(),
                    instruction.customerRef() == null ? null : defaults.get(instruction.customerRef()), refs);
            for (ApiError error : validation.errors()) {
                errors.add(error.with("instructionIndex", i).with("instructionRef", String.valueOf(instruction.instructionRef())));
            }
            drafts.add(validation.draft());
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        if (orders.find(caller.tenantId(), request.orderRef()).isPresent()) {
            throw alreadyExists(request.orderRef());
        }
        Instant now = clock.instant();
        long orderId;
        try {
            orderId = orders.insert(caller.tenantId(), request.orderRef(), metadata(request.metadata()), now);
        } catch (DuplicateKeyException e) {
            throw alreadyExists(request.orderRef());
        }
        outbox.record(caller.tenantId(), WebhookOutbox.Event.order(WebhookEventType.ORDER_CREATED, orderId), now);
        defaults.values().forEach(d -> orders.putDefault(orderId, d));
        for (InstructionDraft draft : drafts) {
            long id = instructions.insert(caller.tenantId(), orderId, draft, now);
            transitions.created(caller.tenantId(), id, draft.completeness(), StatusChange.api(caller.identity()));
        }
    }

    public OrderView get(Caller caller, String orderRef) {
        Order order = find(caller, orderRef);
        return new OrderView(order, orders.instructionRefs(order.id()), orders.defaults(order.id()));
    }

    @Transactional
    public void replaceMetadata(Caller caller, String orderRef, Map<String, String> metadata) {
        Order order = find(caller, orderRef);
        List<ApiError> errors = MetadataRules.validate("metadata", metadata);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        orders.updateMetadata(order.id(), metadata(metadata), clock.instant());
    }

    public PageResponse<OrderView> list(Caller caller, PageRequest page) {
        List<OrderView> views = orders.page(caller.tenantId(), page).stream()
                .map(order -> new OrderView(order, orders.instructionRefs(order.id()), orders.defaults(order.id())))
                .toList();
        return PageResponse.of(views, page, orders.count(caller.tenantId()));
    }

    Order find(Caller caller, String orderRef) {
        return orders.find(caller.tenantId(), orderRef)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.ORDER_NOT_FOUND, "orderRef", orderRef));
    }

    private static Map<String, String> metadata(Map<String, String> metadata) {
        return metadata == null ? Map.of() : new LinkedHashMap<>(metadata);
    }

    private static ApiException alreadyExists(String orderRef) {
        return ApiException.conflict(ApiError.of(ErrorCode.ORDER_ALREADY_EXISTS, "orderRef", orderRef));
    }

    /** An order with its instruction refs and customer defaults. */
    public record OrderView(Order order, List<String> instructionRefs, Map<String, CustomerDefault> customerDefaults) {
    }
}
