package dev.settle.csvimport;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of an import that were not stored as new, and the import's counts. */
@Repository
public class ImportOutcomeStore {

    private static final String INSERT = """
            INSERT INTO import_row_outcome (job_instance_id, tenant_id, line_number, outcome, order_ref, instruction_ref,
                customer_ref, error_codes, messages, raw_row)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String ADD_COUNTS = """
            UPDATE import_count SET stored = stored + ?, unchanged = unchanged + ?, rejected = rejected + ?
            WHERE job_instance_id = ?
            """;
    private static final String FIRST_COUNTS = """
            INSERT INTO import_count (job_instance_id, stored, unchanged, rejected) VALUES (?, ?, ?, ?)
            """;
    private static final String COUNTS = "SELECT stored, unchanged, rejected FROM import_count WHERE job_instance_id = ?";
    private static final String REJECTED_IN_LINE_ORDER = """
            SELECT line_number, order_ref, instruction_ref, customer_ref, error_codes, messages, raw_row
            FROM import_row_outcome
            WHERE job_instance_id = ? AND outcome = 'REJECTED' ORDER BY line_number
            """;

    private final JdbcTemplate jdbc;

    public ImportOutcomeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long importId, UUID tenantId, List<RowOutcome> outcomes) {
        if (!outcomes.isEmpty()) {
            jdbc.batchUpdate(INSERT, outcomes.stream().map(o -> new Object[] {importId, tenantId, o.lineNumber(),
                    o.kind().name(), o.orderRef(), o.instructionRef(), o.customerRef(), o.errorCodes(), o.messages(),
                    o.rawRow()})
                    .toList());
        }
    }

    /**
     * Adds a chunk's counts, in the chunk's transaction. One execution of an import runs at a time, so the first
     * chunk's insert cannot race another.
     */
    void addCounts(long importId, long stored, long unchanged, long rejected) {
        if (jdbc.update(ADD_COUNTS, stored, unchanged, rejected, importId) == 0) {
            jdbc.update(FIRST_COUNTS, importId, stored, unchanged, rejected);
        }
    }

    /** What an import did with its rows so far; zeros before its first chunk. */
    public ImportCounts counts(long importId) {
        return jdbc.query(COUNTS, rs -> rs.next()
                ? new ImportCounts(rs.getLong("stored"), rs.getLong("unchanged"), rs.getLong("rejected"))
                : new ImportCounts(0, 0, 0), importId);
    }

    /** Streams the rejected rows in file order, for the error report. */
    void forEachRejected(long importId, Consumer<String[]> row) {
        jdbc.query(REJECTED_IN_LINE_ORDER, rs -> {
            row.accept(new String[] {String.valueOf(rs.getLong("line_number")), rs.getString("order_ref"),
                    rs.getString("instruction_ref"), rs.getString("customer_ref"), rs.getString("error_codes"),
                    rs.getString("messages"),
                    rs.getString("raw_row")});
        }, importId);
    }
}
