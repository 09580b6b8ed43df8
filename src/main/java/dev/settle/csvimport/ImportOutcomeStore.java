package dev.settle.csvimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private static final String COUNT_OUTCOMES = """
            SELECT outcome, COUNT(*) AS n FROM import_row_outcome WHERE job_instance_id = ? GROUP BY outcome
            """;
    private static final String COUNT_STORED_INSTRUCTIONS = "SELECT COUNT(*) FROM instruction WHERE created_by_import = ?";
    private static final String COUNT_STORED_INSTRUMENTS =
            "SELECT COUNT(*) FROM financial_instrument WHERE created_by_import = ?";
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

    /** Rejected and unchanged rows of an import. */
    public Map<RowOutcome.Kind, Long> outcomeCounts(long importId) {
        Map<RowOutcome.Kind, Long> counts = new EnumMap<>(RowOutcome.Kind.class);
        for (RowOutcome.Kind kind : RowOutcome.Kind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.query(COUNT_OUTCOMES, rs -> {
            counts.put(RowOutcome.Kind.valueOf(rs.getString("outcome")), rs.getLong("n"));
        }, importId);
        return counts;
    }

    /** Rows an import stored: instructions, or financial instruments for {@code fiImportJob}. */
    public long stored(String jobName, long importId) {
        return jdbc.queryForObject(ImportJobs.INSTRUMENTS_JOB.equals(jobName) ? COUNT_STORED_INSTRUMENTS
                : COUNT_STORED_INSTRUCTIONS, Long.class, importId);
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
