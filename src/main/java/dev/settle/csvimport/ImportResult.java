package dev.settle.csvimport;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.batch.core.BatchStatus;

/**
 * How an import ended: its execution, counts, and report.
 *
 * @param counts what the import did with its rows, over all its runs
 * @param notProcessed rows after the point where a failed or stopped import stopped (0 otherwise)
 * @param readThisRun rows this execution read (a restarted import reads only the rest of the file)
 */
public record ImportResult(String job, long executionId, BatchStatus status, String exitDescription, Path file,
        ImportCounts counts, long notProcessed, Duration duration, Path errorReport, long readThisRun) {

    /** The rate of this execution. */
    public double rowsPerSecond() {
        double seconds = Math.max(duration.toMillis(), 1) / 1000.0;
        return readThisRun / seconds;
    }
}
