package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportProblem;
import java.time.Clock;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Applies a chunk of entries in the chunk's transaction, and puts the format problems met while reading them into
 * the exceptions inbox in the same transaction.
 */
class ReportEntryWriter implements ItemWriter<ReportEntry> {

    private final EntryApplier applier;
    private final ReconciliationStore store;
    private final ReportEntryReader reader;
    private final long fileId;
    private final Clock clock;

    ReportEntryWriter(EntryApplier applier, ReconciliationStore store, ReportEntryReader reader, long fileId,
            Clock clock) {
        this.applier = applier;
        this.store = store;
        this.reader = reader;
        this.fileId = fileId;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends ReportEntry> chunk) {
        for (ReportProblem problem : reader.takeProblems()) {
            store.raiseProblem(fileId, problem, clock.instant());
        }
        for (ReportEntry entry : chunk) {
            applier.apply(fileId, entry);
        }
    }
}
