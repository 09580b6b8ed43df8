package dev.settle.bench;

import dev.settle.reconciliation.ReconciliationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks read back after their runs: answer files, reconciliation outcomes, instruction statuses. */
final class BenchOutcomes {

    private BenchOutcomes() {
    }

    /** The files of a directory whose names end with {@code suffix}, in name order; none when it does not exist. */
    static List<Path> files(Path directory, String suffix) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** COMPLETED when every reconciliation completed, else the first other status. */
    static String status(List<ReconciliationResult> results) {
        return results.stream().map(ReconciliationResult::status).filter(status -> status != BatchStatus.COMPLETED)
                .findFirst().orElse(BatchStatus.COMPLETED).name();
    }

    /** Report entries by what became of them, over every reconciliation. */
    static Map<String, Long> outcomes(List<ReconciliationResult> results) {
        Map<String, Long> outcomes = new TreeMap<>();
        results.forEach(result -> result.outcomes().forEach((outcome, count) -> outcomes.merge(outcome, count,
                Long::sum)));
        return outcomes;
    }

    /** A tenant's instructions by status. */
    static Map<String, Long> instructionStatuses(JdbcTemplate jdbc, UUID tenantId) {
        Map<String, Long> statuses = new TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM instruction WHERE tenant_id = ? GROUP BY status",
                rs -> { statuses.put(rs.getString(1), rs.getLong(2)); }, tenantId);
        return statuses;
    }
}
