package dev.settle.reconciliation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The exceptions inbox: report entries an operator has to look at, listed and resolved with a note. */
@Service
public class ReconciliationExceptions {

    private static final String LIST = """
            SELECT x.id, f.file_name, x.position, x.entry_key, x.reason, x.excerpt, x.status, x.resolution_note,
                x.created_at, x.resolved_at
            FROM reconciliation_exception x JOIN report_file f ON f.id = x.file_id
            WHERE (CAST(:status AS VARCHAR(10)) IS NULL OR x.status = :status)
            ORDER BY x.id LIMIT :limit
            """;
    private static final String RESOLVE = """
            UPDATE reconciliation_exception SET status = 'RESOLVED', resolution_note = :note, resolved_at = :now
            WHERE id = :id AND status = 'OPEN'
            """;
    private static final String STATUS = "SELECT status FROM reconciliation_exception WHERE id = :id";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReconciliationExceptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Exceptions in one status ({@code OPEN}, {@code RESOLVED}) or all (null), oldest first. */
    public List<ReconciliationException> list(String status, int limit) {
        return jdbc.sql(LIST).param("status", status, java.sql.Types.VARCHAR).param("limit", limit)
                .query((rs, n) -> new ReconciliationException(rs.getLong("id"), rs.getString("file_name"),
                        rs.getInt("position"), rs.getString("entry_key"), rs.getString("reason"),
                        rs.getString("excerpt"), rs.getString("status"), rs.getString("resolution_note"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("resolved_at", OffsetDateTime.class)))
                .list();
    }

    /** Closes an open exception with what the operator did about it. */
    public void resolve(long id, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A resolution needs a note saying what was done");
        }
        int resolved = jdbc.sql(RESOLVE).param("note", note.strip()).param("now", Timestamp.from(clock.instant()))
                .param("id", id).update();
        if (resolved == 0) {
            String status = jdbc.sql(STATUS).param("id", id).query(String.class).optional().orElse(null);
            throw new IllegalArgumentException(status == null ? "No reconciliation exception " + id
                    : "Reconciliation exception " + id + " is already " + status);
        }
    }

    /** One exception as the inbox shows it. */
    public record ReconciliationException(long id, String file, int position, String entryKey, String reason,
            String excerpt, String status, String resolutionNote, OffsetDateTime createdAt,
            OffsetDateTime resolvedAt) {
    }
}
