package dev.settle.reconciliation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;

/**
 * How the reconciliation of one report file ended.
 *
 * @param outcomes entries by what became of them ({@link EntryOutcome} names), this file's only
 * @param duplicates entries taken before from another file
 * @param exceptions the exceptions this file raised, problems of the file included
 * @param totals per original file and currency: what this report booked against what we submitted
 */
public record ReconciliationResult(Path file, String format, long executionId, BatchStatus status,
        String exitDescription, long entriesRead, Map<String, Long> outcomes, long duplicates, long exceptions,
        List<ControlTotal> totals) {

    /** A report's bookings for one of our files, against the ledger's amount for it. */
    public record ControlTotal(String batchId, String currency, long entries, BigDecimal reported, long payments,
            BigDecimal submitted) {

        public boolean matches() {
            return reported.compareTo(submitted) == 0;
        }
    }
}
