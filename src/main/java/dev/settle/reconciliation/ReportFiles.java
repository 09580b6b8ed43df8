package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportFormat;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report files read, each registered once by the SHA-256 of its content. */
@Repository
public class ReportFiles {

    private static final String FIND = "SELECT id FROM report_file WHERE sha256 = :sha256";
    private static final String REGISTER = """
            INSERT INTO report_file (sha256, file_name, format, received_at) VALUES (:sha256, :fileName, :format, :now)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReportFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id of the file with this content, if it was registered before. */
    public Optional<Long> find(String sha256) {
        return jdbc.sql(FIND).param("sha256", sha256).query(Long.class).optional();
    }

    /** Registers a file's content; answers its id, the existing one when the content was registered before. */
    public long register(String sha256, String fileName, ReportFormat format) {
        Optional<Long> existing = find(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql(REGISTER).param("sha256", sha256).param("fileName", fileName).param("format", format.name())
                .param("now", Timestamp.from(clock.instant())).update();
        return find(sha256).orElseThrow();
    }
}
