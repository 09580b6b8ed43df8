package dev.settle.csvimport;

import dev.settle.csvimport.InstructionImportStore.NewInstruction;
import dev.settle.order.CustomerDefault;
import dev.settle.order.InstructionDraft;
import dev.settle.order.InstructionFields;
import dev.settle.order.InstructionReferences.SchemeRef;
import dev.settle.order.InstructionStatus;
import dev.settle.order.InstructionValidator;
import dev.settle.order.MetadataRules;
import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Validates and stores one chunk of instruction rows in the chunk's transaction: orders created on first
 * reference, new instructions inserted with their first history line, and every other row recorded as
 * rejected or unchanged. Reads are a few set queries per chunk, never one per row.
 */
public class InstructionImportWriter implements ItemWriter<CsvRecord>, StepExecutionListener {

    private final UUID tenantId;
    private final String fileName;
    private final InstructionImportStore store;
    private final ImportOutcomeStore outcomes;
    private final InstructionValidator validator;
    private final ImportProperties properties;
    private final Clock clock;
    private long importId;
    private Map<String, SchemeRef> schemes;
    private RejectionLimit limit;

    public InstructionImportWriter(UUID tenantId, String fileName, InstructionImportStore store, ImportOutcomeStore outcomes,
            InstructionValidator validator, ImportProperties properties, Clock clock) {
        this.tenantId = tenantId;
        this.fileName = fileName;
        this.store = store;
        this.outcomes = outcomes;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        importId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        schemes = store.schemes(tenantId);
        // A restart carries on with the counts of the chunks already committed.
        ImportCounts counts = ImportCounts.of(outcomes, importId);
        limit = new RejectionLimit(properties, counts.read(), counts.rejected());
    }

    @Override
    public void write(Chunk<? extends CsvRecord> chunk) {
        limit.checkBeforeChunk();
        store.refreshOrderStatistics();
        List<? extends CsvRecord> rows = chunk.getItems();
        ChunkContext context = load(rows);
        List<RowOutcome> notStored = new ArrayList<>();
        List<NewInstruction> inserts = new ArrayList<>();
        Map<String, Map<String, String>> newOrders = new LinkedHashMap<>();
        List<Map.Entry<String, InstructionDraft>> forNewOrders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRecord row : rows) {
            RowDecision decision = decide(row, context, seen);
            if (decision.outcome() != null) {
                notStored.add(decision.outcome());
            } else if (decision.orderId() != null) {
                inserts.add(new NewInstruction(decision.orderId(), decision.draft()));
            } else {
                newOrders.putIfAbsent(decision.orderRef(), InstructionColumns.orderMetadata(row));
                forNewOrders.add(Map.entry(decision.orderRef(), decision.draft()));
            }
        }
        if (!newOrders.isEmpty()) {
            store.insertOrders(tenantId, newOrders, "csvImportJob:" + importId + " " + fileName, clock.instant());
            Map<String, Long> created = store.orders(tenantId, newOrders.keySet());
            forNewOrders.forEach(e -> inserts.add(new NewInstruction(created.get(e.getKey()), e.getValue())));
        }
        if (!inserts.isEmpty()) {
            store.insertInstructions(tenantId, importId, inserts, "csvImportJob:" + importId + " " + fileName,
                    clock.instant());
        }
        outcomes.insert(importId, tenantId, notStored);
        long rejected = notStored.stream().filter(o -> o.kind() == RowOutcome.Kind.REJECTED).count();
        outcomes.addCounts(importId, inserts.size(), notStored.size() - rejected, rejected);
        limit.add(rows.size(), rejected);
    }

    private ChunkContext load(List<? extends CsvRecord> rows) {
        Set<String> orderRefs = new HashSet<>();
        Set<String> instructionRefs = new HashSet<>();
        Set<UUID> instrumentIds = new HashSet<>();
        for (CsvRecord row : rows) {
            InstructionFields fields = InstructionColumns.fields(row);
            addIfPresent(orderRefs, InstructionColumns.orderRef(row));
            addIfPresent(instructionRefs, fields.instructionRef());
            addIfPresent(instrumentIds, uuid(fields.financialInstrumentId()));
        }
        Map<String, Long> orderIds = store.orders(tenantId, orderRefs);
        Map<Long, Map<String, CustomerDefault>> defaults = store.defaults(orderIds.values());
        defaults.values().forEach(byCustomer -> byCustomer.values()
                .forEach(d -> addIfPresent(instrumentIds, d.financialInstrumentId())));
        return new ChunkContext(orderIds, defaults, store.existing(orderIds.values(), instructionRefs),
                new ChunkReferences(schemes, store.instruments(tenantId, instrumentIds)));
    }

    private RowDecision decide(CsvRecord row, ChunkContext context, Set<String> seen) {
        InstructionFields fields = InstructionColumns.fields(row);
        String orderRef = InstructionColumns.orderRef(row);
        if (row.problem() != null) {
            return reject(row, orderRef, fields, List.of(ApiError.of(ErrorCode.CSV_ROW_IS_MALFORMED, "reason", row.problem())));
        }
        List<ApiError> errors = new ArrayList<>();
        InstructionValidator.ref(orderRef, ErrorCode.ORDER_REF_IS_REQUIRED, ErrorCode.ORDER_REF_IS_INVALID, errors);
        errors.addAll(MetadataRules.validate("orderMetadata", InstructionColumns.orderMetadata(row)));
        Long orderId = orderRef == null ? null : context.orderIds().get(orderRef);
        CustomerDefault customerDefault = orderId == null || fields.customerRef() == null ? null
                : context.defaults().getOrDefault(orderId, Map.of()).get(fields.customerRef());
        var validation = validator.validate(fields, customerDefault, context.references());
        errors.addAll(validation.errors());
        if (!errors.isEmpty()) {
            return reject(row, orderRef, fields, errors);
        }
        if (!seen.add(orderRef + "/" + fields.instructionRef())) {
            return reject(row, orderRef, fields, List.of(duplicate(fields)));
        }
        ExistingInstruction existing = orderId == null ? null
                : context.existing().get(InstructionImportStore.key(orderId, fields.instructionRef()));
        if (existing == null) {
            return new RowDecision(orderRef, orderId, validation.draft(), null);
        }
        if (existing.createdByImport() != null && existing.createdByImport() == importId) {
            return reject(row, orderRef, fields, List.of(duplicate(fields)));
        }
        if (existing.status() == InstructionStatus.CANCELLED) {
            return reject(row, orderRef, fields, List.of(ApiError.of(ErrorCode.INSTRUCTION_CANCELLED,
                    "instructionRef", fields.instructionRef())));
        }
        if (existing.sameAs(validation.draft())) {
            return new RowDecision(orderRef, orderId, null, new RowOutcome(row.lineNumber(), RowOutcome.Kind.UNCHANGED,
                    orderRef, fields.instructionRef(), fields.customerRef(), List.of(), RawRows.masked(row, Set.of())));
        }
        return reject(row, orderRef, fields, List.of(ApiError.of(ErrorCode.INSTRUCTION_ALREADY_EXISTS,
                Map.of("orderRef", orderRef, "instructionRef", fields.instructionRef()))));
    }

    private static ApiError duplicate(InstructionFields fields) {
        return ApiError.of(ErrorCode.INSTRUCTION_REF_IS_DUPLICATED, "instructionRef", fields.instructionRef());
    }

    private static RowDecision reject(CsvRecord row, String orderRef, InstructionFields fields, List<ApiError> errors) {
        return new RowDecision(orderRef, null, null, new RowOutcome(row.lineNumber(), RowOutcome.Kind.REJECTED, orderRef,
                fields.instructionRef(), fields.customerRef(), errors, RawRows.masked(row, Set.of())));
    }

    private static <T> void addIfPresent(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What the chunk's rows are checked against. */
    private record ChunkContext(Map<String, Long> orderIds, Map<Long, Map<String, CustomerDefault>> defaults,
            Map<String, ExistingInstruction> existing, ChunkReferences references) {
    }

    /** A new instruction (with its order id, null for an order still to create) or an outcome. */
    private record RowDecision(String orderRef, Long orderId, InstructionDraft draft, RowOutcome outcome) {
    }
}
