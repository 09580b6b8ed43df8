package dev.settle.csvimport;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.batch.core.BatchStatus;

/**
 * How an import ended: its execution, counts, and report.
 *
 * @param notProcessed rows after the point where a failed import stopped (0 when it completed)
 */
public record ImportResult(String job, long executionId, BatchStatus status, String exitDescription, Path file,
        ImportCounts counts, long notProcessed, Duration duration, Path errorReport) {

    public double rowsPerSecond() {
        double seconds = Math.max(duration.toMillis(), 1) / 1000.0;
        return counts.read() / seconds;
    }
}
