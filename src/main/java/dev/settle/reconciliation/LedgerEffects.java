package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.webhook.OutboxSql;
import dev.settle.webhook.WebhookEventType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a ledger move does to the rows, their transactions and instructions, set-based, in the caller's
 * transaction. Instruction moves are guarded by their expected status and written to the history with the report
 * file and entry as the cause.
 */
@Repository
class LedgerEffects {

    private static final String MOVE_ROWS = """
            UPDATE submission SET state = :state, reason_code = COALESCE(:reasonCode, reason_code),
                reason_text = COALESCE(:reasonText, reason_text), last_updated_at = :now
            WHERE id IN (:ids)
            """;
    private static final String FORECAST = """
            UPDATE instruction SET forecasted_settlement_date = :date, last_updated_at = :now
            WHERE status = 'PROCESSING' AND id IN (SELECT instruction_id FROM submission WHERE id IN (:ids))
            """;
    private static final String TRANSACTIONS = """
            UPDATE payment_transaction SET status = :transactionStatus, last_updated_at = :now,
                net_amount = CASE WHEN :transactionStatus = 'RETURNED' THEN 0 ELSE net_amount END,
                additional_information = COALESCE(:information, additional_information)
            WHERE id IN (SELECT transaction_id FROM submission WHERE id IN (:ids))
            """;
    private static final String ROWS_FROM = "FROM instruction i JOIN submission s ON s.instruction_id = i.id";
    private static final String ROWS_WHERE = "WHERE s.id IN (:ids) AND i.status IN (:from)";
    private static final String ROWS_CAUSE = ":causeRef || ' ' || s.payment_key";
    private static final String HISTORY = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            SELECT i.tenant_id, i.id, i.status, :to, TRUE, 'RECONCILIATION_FILE', %s, 'reconciliationJob', :reason, :now
            %s %s
            """.formatted(ROWS_CAUSE, ROWS_FROM, ROWS_WHERE);
    private static final String EVENTS = events(ROWS_CAUSE, ROWS_FROM, ROWS_WHERE);
    // The cause of each line is its own entry: (ledger row id, cause) pairs, so the rows are found by their keys
    // whatever the statistics say.
    private static final String ENTRIES_FROM = """
            FROM (VALUES :causes) AS v (submission_id, cause_ref)
            JOIN submission s ON s.id = v.submission_id JOIN instruction i ON i.id = s.instruction_id""";
    private static final String ENTRIES_WHERE = "WHERE i.status IN (:from)";
    private static final String ENTRIES_CAUSE = "v.cause_ref";
    private static final String HISTORY_OF_ENTRIES = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            SELECT i.tenant_id, i.id, i.status, :to, TRUE, 'RECONCILIATION_FILE', %s, 'reconciliationJob', :reason, :now
            %s %s
            """.formatted(ENTRIES_CAUSE, ENTRIES_FROM, ENTRIES_WHERE);
    private static final String EVENTS_OF_ENTRIES = events(ENTRIES_CAUSE, ENTRIES_FROM, ENTRIES_WHERE);
    private static final String COMPLETE = """
            UPDATE instruction SET status = 'COMPLETED', actual_settlement_date = :date, version = version + 1,
                last_updated_at = :now
            WHERE status = 'PROCESSING' AND id IN (SELECT instruction_id FROM submission WHERE id IN (:ids))
            """;
    private static final String FAIL = """
            UPDATE instruction SET status = 'FAILED', failed_at = :now, failed_error_code = :reasonCode,
                failed_reason = :reasonText, version = version + 1, last_updated_at = :now
            WHERE status IN (:from) AND id IN (SELECT instruction_id FROM submission WHERE id IN (:ids))
            """;

    private static final String MARK_RETRYABLE = "UPDATE submission SET retryable = TRUE WHERE id IN (:ids)";
    private static final String BACK_TO_READY = """
            UPDATE instruction SET status = 'READY', forecasted_settlement_date = NULL, version = version + 1,
                last_updated_at = :now
            WHERE status = 'PROCESSING' AND id IN (SELECT instruction_id FROM submission WHERE id IN (:ids))
            """;

    private final NamedParameterJdbcTemplate named;

    LedgerEffects(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    void apply(LedgerMove move, List<Long> ids, ReportEntry entry, String causeRef, Instant now) {
        apply(move, new MapSqlParameterSource("causeRef", causeRef), HISTORY, EVENTS, ids, entry, now);
    }

    /**
     * The same move for the rows of several entries that agree on everything the statements use, each history
     * line with its own cause.
     *
     * @param causes the cause of each row's history line, by ledger row id
     */
    void applyToEntries(LedgerMove move, Map<Long, String> causes, ReportEntry entry, Instant now) {
        List<Object[]> pairs = causes.entrySet().stream().map(c -> new Object[] {c.getKey(), c.getValue()}).toList();
        apply(move, new MapSqlParameterSource("causes", pairs), HISTORY_OF_ENTRIES, EVENTS_OF_ENTRIES,
                List.copyOf(causes.keySet()), entry,
                now);
    }

    private void apply(LedgerMove move, MapSqlParameterSource p, String history, String events, List<Long> ids,
            ReportEntry entry, Instant now) {
        p.addValue("ids", ids).addValue("now", Timestamp.from(now)).addValue("state", move.target().name())
                .addValue("reasonCode", entry.reasonCode(), java.sql.Types.VARCHAR)
                .addValue("reasonText", entry.reasonText(), java.sql.Types.VARCHAR)
                .addValue("information", entry.reasonCode() == null ? null
                        : entry.reasonCode() + ": " + (entry.reasonText() == null ? "" : entry.reasonText()),
                        java.sql.Types.VARCHAR);
        named.update(MOVE_ROWS, p);
        switch (move) {
            case ACCEPT, PEND -> {
                if (entry.valueDate() != null) {
                    named.update(FORECAST, p.addValue("date", entry.valueDate()));
                }
            }
            case SETTLE -> {
                p.addValue("date", settledOn(entry, now)).addValue("transactionStatus", "COMPLETED")
                        .addValue("to", "COMPLETED").addValue("from", List.of("PROCESSING"))
                        .addValue("reason", "settled: " + describe(entry));
                named.update(TRANSACTIONS, p);
                named.update(history, p);
                named.update(events, p);
                named.update(COMPLETE, p);
            }
            case REJECT, RETURN -> {
                boolean returned = move == LedgerMove.RETURN;
                p.addValue("transactionStatus", returned ? "RETURNED" : "FAILED").addValue("to", "FAILED")
                        .addValue("from", returned ? List.of("PROCESSING", "COMPLETED") : List.of("PROCESSING"))
                        .addValue("reason", (returned ? "returned: " : "rejected: ") + describe(entry));
                named.update(TRANSACTIONS, p);
                named.update(history, p);
                named.update(events, p);
                named.update(FAIL, p);
            }
        }
    }

    /**
     * A rejection a new attempt may overcome: the row is {@code REJECTED} and retryable, its transaction
     * {@code FAILED}, and the instruction back to {@code READY} for the next settlement run.
     */
    void rejectForRetry(List<Long> ids, ReportEntry entry, String causeRef, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids).addValue("now", Timestamp.from(now))
                .addValue("state", "REJECTED").addValue("causeRef", causeRef)
                .addValue("reasonCode", entry.reasonCode(), java.sql.Types.VARCHAR)
                .addValue("reasonText", entry.reasonText(), java.sql.Types.VARCHAR)
                .addValue("information", entry.reasonCode() + ": " + entry.reasonText(), java.sql.Types.VARCHAR)
                .addValue("transactionStatus", "FAILED").addValue("to", "READY").addValue("from", List.of("PROCESSING"))
                .addValue("reason", "rejected, retryable: " + describe(entry));
        named.update(MOVE_ROWS, p);
        named.update(MARK_RETRYABLE, p);
        named.update(TRANSACTIONS, p);
        named.update(HISTORY, p);
        named.update(EVENTS, p);
        named.update(BACK_TO_READY, p);
    }

    // Written next to each history statement, from the same rows, before the guarded status update.
    private static String events(String cause, String from, String where) {
        return OutboxSql.instructionEvents(new OutboxSql.EventValues("i.tenant_id", "i.id", "i.status", ":to", cause,
                ":reason", ":now"), from, where, WebhookEventType.INSTRUCTION_STATUS_CHANGED);
    }

    // The value date is when the money moved; a status report without one settles on the day it is read.
    private static LocalDate settledOn(ReportEntry entry, Instant now) {
        return entry.valueDate() != null ? entry.valueDate()
                : entry.bookingDate() != null ? entry.bookingDate() : now.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String describe(ReportEntry entry) {
        return (entry.status() == null ? entry.type().name() : entry.status())
                + (entry.reasonCode() == null ? "" : " " + entry.reasonCode())
                + (entry.reasonText() == null ? "" : " " + entry.reasonText());
    }
}
