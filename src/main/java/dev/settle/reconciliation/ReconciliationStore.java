package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportProblem;
import dev.settle.settlement.BatchRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reconciliation's statements: finding the ledger rows an entry is about, remembering each entry once, and
 * the exceptions inbox.
 */
@Repository
public class ReconciliationStore {

    static final String ROWS = """
            SELECT s.id, s.payment_key, s.tenant_id, s.instruction_id, s.transaction_id, s.state, s.amount, s.currency,
                s.batch_id
            FROM submission s
            """;
    private static final String BY_KEY = ROWS + " WHERE s.payment_key = :key FOR UPDATE";
    private static final String BY_KEYS = ROWS + " WHERE s.payment_key IN (:keys) ORDER BY s.id FOR UPDATE";
    private static final String BY_BATCH = ROWS + " WHERE " + BatchRows.of("s", ":batch") + " ORDER BY s.id FOR UPDATE";
    // Remembered once: a second file carrying the same entry finds it here and leaves it.
    private static final String REMEMBER_ENTRY = """
            INSERT INTO report_entry (entry_key, file_id, position, outcome, entry_type, original_message_id,
                payment_key, amount, currency, detail, recorded_at)
            SELECT :entryKey, :fileId, :position, :outcome, :entryType,
                COALESCE(:messageId, (SELECT batch_id FROM submission WHERE payment_key = :paymentKey)), :paymentKey,
                :amount, :currency, :detail, :now
            WHERE NOT EXISTS (SELECT 1 FROM report_entry WHERE entry_key = :entryKey)
            """;
    private static final String REMEMBER_NEW = """
            INSERT INTO report_entry (entry_key, file_id, position, outcome, entry_type, original_message_id,
                payment_key, amount, currency, detail, recorded_at)
            VALUES (:entryKey, :fileId, :position, :outcome, :entryType, :messageId, :paymentKey, :amount, :currency,
                :detail, :now)
            """;
    private static final String SEEN = "SELECT COUNT(*) FROM report_entry WHERE entry_key = :entryKey";
    private static final String SEEN_ANY = "SELECT entry_key FROM report_entry WHERE entry_key IN (:entryKeys)";
    private static final String RAISE_EXCEPTION = """
            INSERT INTO reconciliation_exception (file_id, position, entry_key, reason, excerpt, status, created_at)
            VALUES (:fileId, :position, :entryKey, :reason, :excerpt, 'OPEN', :now)
            """;

    static final RowMapper<LedgerRow> LEDGER_ROW = (rs, n) -> new LedgerRow(rs.getLong("id"),
            rs.getString("payment_key"), rs.getObject("tenant_id", UUID.class), rs.getLong("instruction_id"),
            rs.getObject("transaction_id", UUID.class), rs.getString("state"), rs.getBigDecimal("amount"),
            rs.getString("currency").trim(), rs.getString("batch_id"));

    private final NamedParameterJdbcTemplate named;
    private final JdbcClient jdbc;

    public ReconciliationStore(NamedParameterJdbcTemplate named, JdbcClient jdbc) {
        this.named = named;
        this.jdbc = jdbc;
    }

    /** The row of a payment key, locked for the caller's transaction; empty when no attempt has that key. */
    List<LedgerRow> byPaymentKey(String key) {
        return named.query(BY_KEY, new MapSqlParameterSource("key", key), LEDGER_ROW);
    }

    /** The rows of one of our files (its message id is the batch id), locked. */
    List<LedgerRow> byBatch(String batchId) {
        return named.query(BY_BATCH, new MapSqlParameterSource("batch", batchId), LEDGER_ROW);
    }

    /** The rows of the payment keys that have one, locked in ledger order, by key. */
    Map<String, LedgerRow> byPaymentKeys(Collection<String> keys) {
        Map<String, LedgerRow> rows = new HashMap<>();
        if (!keys.isEmpty()) {
            named.query(BY_KEYS, new MapSqlParameterSource("keys", keys), LEDGER_ROW)
                    .forEach(row -> rows.put(row.paymentKey(), row));
        }
        return rows;
    }

    /** The entry keys of these that are remembered already. */
    Set<String> seen(Collection<String> entryKeys) {
        return entryKeys.isEmpty() ? Set.of()
                : new HashSet<>(named.queryForList(SEEN_ANY, Map.of("entryKeys", entryKeys), String.class));
    }

    /**
     * An entry and what became of it, to remember.
     *
     * @param messageId the file the entry is about: its own original message id, else the matched row's batch
     */
    record Remembered(ReportEntry entry, EntryOutcome outcome, String paymentKey, String messageId, String detail) {
    }

    /** An entry for the exceptions inbox and why. */
    record Raised(ReportEntry entry, String reason) {
    }

    /**
     * Remembers entries none of which {@link #seen} found, in one batch of plain inserts (rewritten into multi-row
     * inserts by the PostgreSQL driver). An entry another transaction remembered meanwhile breaks the unique entry
     * key: the chunk fails, and its restart finds the entry taken.
     */
    void rememberAll(long fileId, List<Remembered> entries, Instant now) {
        named.batchUpdate(REMEMBER_NEW, entries.stream().map(remembered -> rememberParameters(fileId,
                remembered.entry(), remembered.outcome(), remembered.paymentKey(), remembered.detail(), now)
                .addValue("messageId", remembered.messageId(), java.sql.Types.VARCHAR))
                .toArray(SqlParameterSource[]::new));
    }

    void raiseExceptions(long fileId, List<Raised> raised, Instant now) {
        if (!raised.isEmpty()) {
            named.batchUpdate(RAISE_EXCEPTION, raised.stream().map(r -> exceptionParameters(fileId, r.entry(),
                    r.reason(), now)).toArray(SqlParameterSource[]::new));
        }
    }

    boolean seen(String entryKey) {
        return jdbc.sql(SEEN).param("entryKey", entryKey).query(Long.class).single() > 0;
    }

    /** Remembers what became of an entry; false when it was remembered before (by this or another file). */
    boolean remember(long fileId, ReportEntry entry, EntryOutcome outcome, String paymentKey, String detail,
            Instant now) {
        return named.update(REMEMBER_ENTRY, rememberParameters(fileId, entry, outcome, paymentKey, detail, now)) == 1;
    }

    private static MapSqlParameterSource rememberParameters(long fileId, ReportEntry entry, EntryOutcome outcome,
            String paymentKey, String detail, Instant now) {
        return new MapSqlParameterSource("entryKey", entry.entryKey())
                .addValue("fileId", fileId).addValue("position", entry.position()).addValue("outcome", outcome.name())
                .addValue("entryType", entry.type().name())
                .addValue("messageId", entry.originalMessageId(), java.sql.Types.VARCHAR)
                .addValue("amount", entry.amount(), java.sql.Types.NUMERIC)
                .addValue("currency", entry.currency(), java.sql.Types.VARCHAR)
                .addValue("paymentKey", paymentKey, java.sql.Types.VARCHAR).addValue("detail", truncate(detail, 500))
                .addValue("now", Timestamp.from(now));
    }

    void raiseException(long fileId, ReportEntry entry, String reason, Instant now) {
        named.update(RAISE_EXCEPTION, exceptionParameters(fileId, entry, reason, now));
    }

    private static MapSqlParameterSource exceptionParameters(long fileId, ReportEntry entry, String reason,
            Instant now) {
        return new MapSqlParameterSource("fileId", fileId).addValue("position",
                entry.position()).addValue("entryKey", entry.entryKey()).addValue("reason", truncate(reason, 500))
                .addValue("excerpt", truncate(Excerpts.of(entry), 1000)).addValue("now", Timestamp.from(now));
    }

    /** A problem of the file itself (a schema violation, an entry that could not be read) for the inbox. */
    void raiseProblem(long fileId, ReportProblem problem, Instant now) {
        named.update(RAISE_EXCEPTION, new MapSqlParameterSource("fileId", fileId).addValue("position",
                problem.position()).addValue("entryKey", "problem|" + fileId + "|" + problem.position())
                .addValue("reason", truncate("the file: " + problem.message(), 500)).addValue("excerpt", "")
                .addValue("now", Timestamp.from(now)));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
