package dev.settle.reconciliation;

import dev.settle.settlement.BatchRows;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger rows of one payment-information block of our files. A block's id is {@code <batch>-<n>}: the n-th
 * group of the batch by execution date, currency and sequence type, the order the writers number them in.
 */
@Repository
class BlockRows {

    private static final Pattern BLOCK_ID = Pattern.compile("(.+)-(\\d+)");
    private static final String GROUPS = """
            SELECT DISTINCT s.execution_date, s.currency, s.sequence_type FROM submission s WHERE %s
            ORDER BY s.execution_date, s.currency, s.sequence_type
            """.formatted(BatchRows.of("s", ":batch"));
    private static final String ROWS = ReconciliationStore.ROWS + """
            WHERE %s AND s.execution_date = :executionDate AND s.currency = :currency
              AND (s.sequence_type = :sequenceType OR (s.sequence_type IS NULL AND :sequenceType IS NULL))
            ORDER BY s.id FOR UPDATE
            """.formatted(BatchRows.of("s", ":batch"));

    private final NamedParameterJdbcTemplate named;

    BlockRows(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** The block's rows, locked; empty when the id is not one of our blocks. */
    List<LedgerRow> rows(String messageId, String blockId) {
        if (blockId == null) {
            return List.of();
        }
        Matcher id = BLOCK_ID.matcher(blockId);
        if (!id.matches() || messageId != null && !messageId.equals(id.group(1))) {
            return List.of();
        }
        String batch = id.group(1);
        List<Map<String, Object>> groups = named.queryForList(GROUPS, Map.of("batch", batch));
        int index = Integer.parseInt(id.group(2)) - 1;
        if (index < 0 || index >= groups.size()) {
            return List.of();
        }
        Map<String, Object> group = groups.get(index);
        return named.query(ROWS, new MapSqlParameterSource("batch", batch)
                .addValue("executionDate", group.get("execution_date"))
                .addValue("currency", group.get("currency"))
                .addValue("sequenceType", group.get("sequence_type"), java.sql.Types.VARCHAR), ReconciliationStore.LEDGER_ROW);
    }
}
