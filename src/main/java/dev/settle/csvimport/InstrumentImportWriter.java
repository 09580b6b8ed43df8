package dev.settle.csvimport;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import dev.settle.vault.FinancialInstrument;
import dev.settle.vault.FinancialInstrumentRepository;
import dev.settle.vault.FinancialInstrumentRequest;
import dev.settle.vault.FinancialInstrumentValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Validates and stores one chunk of financial-instrument rows with the API's validator. A row naming an id
 * that is already stored is unchanged when it says the same, rejected when it differs or when the file named the
 * id before.
 */
public class InstrumentImportWriter implements ItemWriter<CsvRecord>, StepExecutionListener {

    private final UUID tenantId;
    private final FinancialInstrumentRepository instruments;
    private final InstrumentImportStore store;
    private final ImportOutcomeStore outcomes;
    private final FinancialInstrumentValidator validator;
    private final ImportProperties properties;
    private final Clock clock;
    private long importId;
    private RejectionLimit limit;

    public InstrumentImportWriter(UUID tenantId, FinancialInstrumentRepository instruments, InstrumentImportStore store,
            ImportOutcomeStore outcomes, FinancialInstrumentValidator validator, ImportProperties properties,
            Clock clock) {
        this.tenantId = tenantId;
        this.instruments = instruments;
        this.store = store;
        this.outcomes = outcomes;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        importId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        ImportCounts counts = ImportCounts.of(outcomes, importId);
        limit = new RejectionLimit(properties, counts.read(), counts.rejected());
    }

    @Override
    public void write(Chunk<? extends CsvRecord> chunk) {
        limit.checkBeforeChunk();
        Set<UUID> ids = new HashSet<>();
        chunk.getItems().forEach(row -> ids.add(uuid(InstrumentColumns.id(row))));
        ids.remove(null);
        Map<UUID, FinancialInstrument> existing = instruments.findAll(tenantId, ids);
        Map<UUID, Long> createdBy = store.createdByImport(tenantId, existing.keySet());
        Instant now = clock.instant();
        List<FinancialInstrument> inserts = new ArrayList<>();
        List<RowOutcome> notStored = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (CsvRecord row : chunk.getItems()) {
            FinancialInstrumentRequest request = InstrumentColumns.request(row);
            List<ApiError> errors = new ArrayList<>();
            if (row.problem() != null) {
                errors.add(ApiError.of(ErrorCode.CSV_ROW_IS_MALFORMED, "reason", row.problem()));
            } else {
                errors.addAll(validator.validate(request));
            }
            String givenId = InstrumentColumns.id(row);
            UUID id = givenId == null ? UUID.randomUUID() : uuid(givenId);
            if (id == null) {
                errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ID_IS_INVALID, "value", givenId));
            }
            if (errors.isEmpty() && !seen.add(id)) {
                errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ID_IS_DUPLICATED, "value", id));
            }
            if (!errors.isEmpty()) {
                notStored.add(outcome(row, RowOutcome.Kind.REJECTED, errors));
                continue;
            }
            FinancialInstrument instrument = request.toInstrument(id, tenantId, now);
            FinancialInstrument stored = existing.get(id);
            if (stored == null) {
                inserts.add(instrument);
            } else if (Objects.equals(createdBy.get(id), importId)) {
                notStored.add(outcome(row, RowOutcome.Kind.REJECTED,
                        List.of(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ID_IS_DUPLICATED, "value", id))));
            } else if (sameDetails(stored, instrument)) {
                notStored.add(outcome(row, RowOutcome.Kind.UNCHANGED, List.of()));
            } else {
                notStored.add(outcome(row, RowOutcome.Kind.REJECTED,
                        List.of(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ALREADY_EXISTS, "value", id))));
            }
        }
        instruments.insertAll(inserts, importId);
        outcomes.insert(importId, tenantId, notStored);
        long rejected = notStored.stream().filter(o -> o.kind() == RowOutcome.Kind.REJECTED).count();
        outcomes.addCounts(importId, inserts.size(), notStored.size() - rejected, rejected);
        limit.add(chunk.size(), rejected);
    }

    private static boolean sameDetails(FinancialInstrument a, FinancialInstrument b) {
        return a.customerRef().equals(b.customerRef()) && a.type() == b.type()
                && Objects.equals(a.holderName(), b.holderName()) && Objects.equals(a.iban(), b.iban())
                && Objects.equals(a.bic(), b.bic()) && Objects.equals(a.mandateId(), b.mandateId())
                && Objects.equals(a.mandateSignedOn(), b.mandateSignedOn()) && Objects.equals(a.pspToken(), b.pspToken())
                && a.canCredit() == b.canCredit() && a.canDebit() == b.canDebit();
    }

    private static RowOutcome outcome(CsvRecord row, RowOutcome.Kind kind, List<ApiError> errors) {
        return new RowOutcome(row.lineNumber(), kind, null, InstrumentColumns.id(row), row.values().get("customerRef"),
                errors, RawRows.masked(row, InstrumentColumns.PERSONAL));
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
