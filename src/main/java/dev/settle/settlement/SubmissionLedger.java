package dev.settle.settlement;

import dev.settle.order.StoredAmount;
import dev.settle.csvimport.PostgresCopy;
import dev.settle.webhook.WebhookEventType;
import dev.settle.webhook.WebhookOutbox;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The submission ledger's statements. Claiming locks the due rows with {@code SKIP LOCKED}, so two runs (or
 * nodes) never claim one instruction and an API change holding a row's lock wins over the claim.
 */
@Repository
public class SubmissionLedger {

    // Walks forward from the last claimed id: each chunk reads its own rows instead of stepping again over every
    // row claimed before it. The statuses are literals so PostgreSQL can use the partial index of due rows
    // (instruction_due, V10) whatever plan it caches.
    private static final String LOCK_DUE = """
            SELECT i.id, i.instruction_ref, i.status, i.direction, i.amount, i.currency, i.settled_by_date,
                i.financial_instrument_id, f.sequence_type
            FROM instruction i JOIN financial_instrument f
              ON f.tenant_id = i.tenant_id AND f.id = i.financial_instrument_id
            WHERE i.tenant_id = :tenant AND i.scheme_id = :scheme AND i.status IN (%s) AND i.id > :after
              AND i.settled_by_date <= :latestDue
            ORDER BY i.id LIMIT :limit FOR UPDATE OF i SKIP LOCKED
            """;
    private static final String LOCK_READY = LOCK_DUE.formatted("'READY'");
    private static final String LOCK_READY_OR_LATE = LOCK_DUE.formatted("'READY', 'LATE'");
    // PostgreSQL locks and moves the chunk in one statement: locking first and updating in a second statement
    // visited every row twice, which dominated the claim once the table outgrew the shared buffers.
    private static final String CLAIM_DUE = """
            WITH due AS (
                SELECT i.id, i.status, f.sequence_type
                FROM instruction i JOIN financial_instrument f
                  ON f.tenant_id = i.tenant_id AND f.id = i.financial_instrument_id
                WHERE i.tenant_id = :tenant AND i.scheme_id = :scheme AND i.status IN (%s) AND i.id > :after
                  AND i.settled_by_date <= :latestDue
                ORDER BY i.id LIMIT :limit FOR UPDATE OF i SKIP LOCKED)
            UPDATE instruction SET status = 'PROCESSING', forecasted_settlement_date = :forecast,
                version = instruction.version + 1, execution_timestamp = :now, last_updated_at = :now
            FROM due WHERE instruction.id = due.id
            RETURNING instruction.id, instruction.instruction_ref, due.status, instruction.direction,
                instruction.amount, instruction.currency, instruction.settled_by_date,
                instruction.financial_instrument_id, due.sequence_type
            """;
    private static final String CLAIM_READY = CLAIM_DUE.formatted("'READY'");
    private static final String CLAIM_READY_OR_LATE = CLAIM_DUE.formatted("'READY', 'LATE'");
    // Guarded: of two claims of one new mandate's collections, only one can take its first collection. The lock,
    // taken in id order, makes a second claim wait for the first and then see the mandate RCUR.
    private static final String LOCK_FIRST_COLLECTIONS = """
            SELECT id FROM financial_instrument
            WHERE tenant_id = :tenant AND id IN (:instruments) AND sequence_type = 'FRST'
            ORDER BY id FOR UPDATE
            """;
    private static final String TAKE_FIRST_COLLECTIONS = """
            UPDATE financial_instrument SET sequence_type = 'RCUR', last_updated_at = :now
            WHERE tenant_id = :tenant AND id IN (:instruments)
            """;
    private static final String LAST_ATTEMPTS = """
            SELECT instruction_id, MAX(attempt) AS attempt FROM submission WHERE instruction_id IN (:ids)
            GROUP BY instruction_id
            """;
    private static final String MOVE_TO_PROCESSING = """
            UPDATE instruction SET status = 'PROCESSING', forecasted_settlement_date = :forecast, version = version + 1,
                execution_timestamp = :now, last_updated_at = :now
            WHERE id IN (:ids) AND status IN (:statuses)
            """;
    private static final String INSERT_TRANSACTION = """
            INSERT INTO payment_transaction (id, tenant_id, instruction_id, financial_instrument_id, amount, net_amount,
                status, app_id, app_transaction_id, support_details, created_at, last_updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_SUBMISSION = """
            INSERT INTO submission (tenant_id, instruction_id, transaction_id, attempt, payment_key, scheme_id,
                business_date, direction, amount, currency, state, claimed_by_execution, created_at, last_updated_at,
                execution_date, sequence_type, financial_instrument_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_HISTORY = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    // The same columns through COPY on PostgreSQL: about twice as fast as batched inserts.
    private static final String COPY_TRANSACTIONS = """
            COPY payment_transaction (id, tenant_id, instruction_id, financial_instrument_id, amount, net_amount,
                status, app_id, app_transaction_id, support_details, created_at, last_updated_at)
            FROM STDIN WITH (FORMAT csv)
            """;
    private static final String COPY_SUBMISSIONS = """
            COPY submission (tenant_id, instruction_id, transaction_id, attempt, payment_key, scheme_id, business_date,
                direction, amount, currency, state, claimed_by_execution, created_at, last_updated_at, execution_date,
                sequence_type, financial_instrument_id)
            FROM STDIN WITH (FORMAT csv)
            """;
    private static final String COPY_HISTORY = """
            COPY instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            FROM STDIN WITH (FORMAT csv)
            """;

    // Numbers the unplanned rows in ledger order, cuts them into files of :maxItems and names each file "F" + its
    // first row's id (unique for ever, at most 35 characters of the SEPA identifier set: it is the file's message
    // id); one statement however many files, and a row planned meanwhile by another run keeps its file.
    private static final String PLAN_UNPLANNED = """
            UPDATE submission SET batch_id = planned.batch_id
            FROM (SELECT id, 'F' || CAST(MIN(id) OVER (PARTITION BY file) AS VARCHAR(20)) AS batch_id
                FROM (SELECT id, (ROW_NUMBER() OVER (ORDER BY id) - 1) / :maxItems AS file FROM submission
                    WHERE tenant_id = :tenant AND scheme_id = :scheme AND business_date = :date AND state = 'CLAIMED'
                      AND batch_id IS NULL) numbered) planned
            WHERE submission.id = planned.id AND submission.batch_id IS NULL
            """;
    // The files just planned, with the id range their rows lie in (see BatchRows).
    private static final String RECORD_PLANNED_FILES = """
            INSERT INTO submission_file (batch_id, tenant_id, scheme_id, business_date, first_id, last_id, payment_count,
                control_sum, planned_at)
            SELECT s.batch_id, s.tenant_id, s.scheme_id, s.business_date, MIN(s.id), MAX(s.id), COUNT(*), SUM(s.amount),
                :now
            FROM submission s
            WHERE s.tenant_id = :tenant AND s.scheme_id = :scheme AND s.business_date = :date AND s.state = 'CLAIMED'
              AND s.batch_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM submission_file f WHERE f.batch_id = s.batch_id)
            GROUP BY s.batch_id, s.tenant_id, s.scheme_id, s.business_date
            """;
    // A batch is submitted when its control totals are recorded: the same transaction moves all its rows out of
    // CLAIMED.
    private static final String FILES_TO_SUBMIT = """
            SELECT f.batch_id, f.payment_count, f.control_sum FROM submission_file f
            WHERE f.tenant_id = :tenant AND f.scheme_id = :scheme AND f.business_date = :date
              AND NOT EXISTS (SELECT 1 FROM submission_batch_total t WHERE t.batch_id = f.batch_id)
            ORDER BY f.first_id
            """;
    // The file's row stands for the batch: a second run waits on it, then finds the batch recorded.
    private static final String LOCK_FILE = "SELECT batch_id FROM submission_file WHERE batch_id = :batch FOR UPDATE";
    private static final String RECORDED = "SELECT COUNT(*) FROM submission_batch_total WHERE batch_id = :batch";

    private static final RowMapper<DueInstruction> DUE_INSTRUCTION = (rs, n) -> new DueInstruction(rs.getLong("id"),
            rs.getString("instruction_ref"), rs.getString("status"), rs.getString("direction"),
            StoredAmount.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("currency"),
            rs.getDate("settled_by_date").toLocalDate(), rs.getObject("financial_instrument_id", UUID.class),
            rs.getString("sequence_type"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final PostgresCopy copy;
    private final WebhookOutbox outbox;

    public SubmissionLedger(JdbcTemplate jdbc, PostgresCopy copy, WebhookOutbox outbox) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.copy = copy;
        this.outbox = outbox;
    }

    /**
     * Claims up to {@code limit} due instructions of a scheme with an id above {@code afterId} that nobody else
     * holds, in id order: locks them and moves them to {@code PROCESSING} with the forecasted settlement date; call
     * in a transaction. {@code READY} ones, and {@code LATE} ones too when {@code lateToo}. A LATE instruction may
     * have been INCOMPLETE: without an instrument there is nothing to pay, so it is left for an update. Answers the
     * instructions as they were before the move, in id order.
     */
    List<DueInstruction> claimDue(UUID tenantId, String schemeId, boolean lateToo, LocalDate latestDue, long afterId,
            int limit, LocalDate forecast, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("tenant", tenantId)
                .addValue("scheme", schemeId).addValue("latestDue", latestDue).addValue("after", afterId)
                .addValue("limit", limit).addValue("forecast", forecast).addValue("now", Timestamp.from(now));
        if (copy.available()) {
            List<DueInstruction> due = new ArrayList<>(named.query(lateToo ? CLAIM_READY_OR_LATE : CLAIM_READY,
                    parameters, DUE_INSTRUCTION));
            due.sort(Comparator.comparingLong(DueInstruction::id));
            return due;
        }
        List<DueInstruction> due = named.query(lateToo ? LOCK_READY_OR_LATE : LOCK_READY, parameters,
                DUE_INSTRUCTION);
        if (due.isEmpty()) {
            return due;
        }
        int moved = named.update(MOVE_TO_PROCESSING, new MapSqlParameterSource()
                .addValue("ids", due.stream().map(DueInstruction::id).toList())
                .addValue("statuses", lateToo ? List.of("READY", "LATE") : List.of("READY"))
                .addValue("forecast", forecast).addValue("now", Timestamp.from(now)));
        if (moved != due.size()) {
            // The rows are locked by this transaction, so this is a defect, not a race: roll back the chunk.
            throw new IllegalStateException("Claimed " + due.size() + " instructions of scheme " + schemeId
                    + " but moved " + moved + " to PROCESSING");
        }
        return due;
    }

    /**
     * Takes the first collection of each of these mandates that is still {@code FRST}, moving it to {@code RCUR};
     * answers the mandates taken, whose first collection is the caller's.
     */
    Set<UUID> takeFirstCollections(UUID tenantId, Collection<UUID> instrumentIds, Instant now) {
        if (instrumentIds.isEmpty()) {
            return Set.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("tenant", tenantId)
                .addValue("instruments", instrumentIds).addValue("now", Timestamp.from(now));
        Set<UUID> taken = new HashSet<>(named.queryForList(LOCK_FIRST_COLLECTIONS, parameters, UUID.class));
        if (!taken.isEmpty()) {
            named.update(TAKE_FIRST_COLLECTIONS, parameters.addValue("instruments", taken));
        }
        return taken;
    }

    Map<Long, Integer> lastAttempts(Collection<Long> instructionIds) {
        Map<Long, Integer> attempts = new HashMap<>();
        named.query(LAST_ATTEMPTS, Map.of("ids", instructionIds),
                rs -> { attempts.put(rs.getLong("instruction_id"), rs.getInt("attempt")); });
        return attempts;
    }

    /**
     * The transaction, ledger row and history line of every claimed instruction, and its status-changed events
     * when the tenant has endpoints for them: {@code COPY}s on PostgreSQL, JDBC batches elsewhere.
     */
    void record(UUID tenantId, String schemeId, String appId, LocalDate businessDate, long executionId,
            List<DueInstruction> due, List<ClaimedPayment> claimed, Instant now) {
        Timestamp at = Timestamp.from(now);
        java.sql.Date date = java.sql.Date.valueOf(businessDate);
        List<Object[]> transactions = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        List<UUID> subscribers = outbox.subscribers(tenantId, WebhookEventType.INSTRUCTION_STATUS_CHANGED);
        for (int i = 0; i < claimed.size(); i++) {
            ClaimedPayment c = claimed.get(i);
            transactions.add(new Object[] {c.transactionId(), tenantId, c.instructionId(), c.financialInstrumentId(),
                    c.amount(), c.amount(), "PROCESSING", appId, c.paymentKey(), "{}", at, at});
            submissions.add(new Object[] {tenantId, c.instructionId(), c.transactionId(), c.attempt(), c.paymentKey(),
                    schemeId, date, c.direction(), c.amount(), c.currency(), SubmissionState.CLAIMED.name(),
                    executionId, at, at, java.sql.Date.valueOf(c.executionDate()), c.sequenceType(),
                    c.financialInstrumentId()});
            String causeRef = "settlementJob:" + executionId + " " + businessDate + " " + c.paymentKey();
            history.add(new Object[] {tenantId, c.instructionId(), due.get(i).status(), "PROCESSING", true,
                    "SETTLEMENT_RUN", causeRef, "settlementJob", null, at});
            for (UUID endpoint : subscribers) {
                events.add(WebhookOutbox.row(endpoint, WebhookEventType.INSTRUCTION_STATUS_CHANGED, tenantId,
                        c.instructionId(), due.get(i).status(), "PROCESSING", causeRef, at));
            }
        }
        if (copy.available()) {
            copy.copy(COPY_TRANSACTIONS, transactions);
            copy.copy(COPY_SUBMISSIONS, submissions);
            copy.copy(COPY_HISTORY, history);
            if (!events.isEmpty()) {
                copy.copy(WebhookOutbox.COPY_ROWS, events);
            }
        } else {
            jdbc.batchUpdate(INSERT_TRANSACTION, transactions);
            jdbc.batchUpdate(INSERT_SUBMISSION, submissions);
            jdbc.batchUpdate(INSERT_HISTORY, history);
            if (!events.isEmpty()) {
                jdbc.batchUpdate(WebhookOutbox.INSERT_ROW, events);
            }
        }
    }

    /**
     * Puts the claimed rows of a scheme and date that are in no planned file yet into files of at most
     * {@code maxItems}, in ledger order, each named {@code F<id of its first row>}, and records each new file with
     * its id range, count and sum; answers how many rows it planned.
     */
    int planUnplanned(UUID tenantId, String schemeId, LocalDate businessDate, int maxItems, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("tenant", tenantId)
                .addValue("scheme", schemeId).addValue("date", businessDate).addValue("maxItems", maxItems)
                .addValue("now", Timestamp.from(now));
        int planned = named.update(PLAN_UNPLANNED, parameters);
        named.update(RECORD_PLANNED_FILES, parameters);
        return planned;
    }

    /** Planned files with rows not yet submitted, in plan order, with their counts and sums. */
    List<PlannedFile> filesToSubmit(UUID tenantId, String schemeId, LocalDate businessDate) {
        return named.query(FILES_TO_SUBMIT, new MapSqlParameterSource().addValue("tenant", tenantId)
                .addValue("scheme", schemeId).addValue("date", businessDate), (rs, n) -> new PlannedFile(
                        rs.getString("batch_id"), rs.getLong("payment_count"), rs.getBigDecimal("control_sum")));
    }

    /** Locks a planned batch for its submission; false when it is already recorded as submitted. */
    boolean lockUnsubmitted(String batchId) {
        Map<String, String> batch = Map.of("batch", batchId);
        if (named.queryForList(LOCK_FILE, batch, String.class).isEmpty()) {
            throw new IllegalStateException("Batch " + batchId + " is not a planned file of the submission ledger");
        }
        // A statement of its own: it sees what a run that held the lock before this one committed.
        return named.queryForObject(RECORDED, batch, Long.class) == 0;
    }


    /**
     * A due instruction as locked for the claim.
     *
     * @param instrumentSequenceType the instrument's mandate state, {@code FRST} or {@code RCUR}; null for accounts
     */
    record DueInstruction(long id, String instructionRef, String status, String direction,
            java.math.BigDecimal amount, String currency, LocalDate settledByDate, UUID financialInstrumentId,
            String instrumentSequenceType) {
    }
}
