package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        // Consecutive entries that each move one payment go in bulk; a run ends before an entry that shares its
        // entry key or payment with one in it, and before any other entry, so every payment sees its entries in
        // the file's order.
        List<ReportEntry> run = new ArrayList<>();
        Set<String> entryKeys = new HashSet<>();
        Set<String> paymentKeys = new HashSet<>();
        for (ReportEntry entry : chunk) {
            boolean bulk = EntryApplier.appliesInBulk(entry);
            if (!bulk || entryKeys.contains(entry.entryKey()) || paymentKeys.contains(entry.endToEndId())) {
                applyRun(run, entryKeys, paymentKeys);
            }
            if (bulk) {
                run.add(entry);
                entryKeys.add(entry.entryKey());
                paymentKeys.add(entry.endToEndId());
            } else {
                applier.apply(fileId, entry);
            }
        }
        applyRun(run, entryKeys, paymentKeys);
    }

    private void applyRun(List<ReportEntry> run, Set<String> entryKeys, Set<String> paymentKeys) {
        if (!run.isEmpty()) {
            applier.applyInBulk(fileId, run);
            run.clear();
            entryKeys.clear();
            paymentKeys.clear();
        }
    }
}
