package dev.settle.csvimport;

/** What an import did with its rows so far, counted from what is stored, so a restart never miscounts. */
public record ImportCounts(long stored, long unchanged, long rejected) {

    public static ImportCounts of(ImportOutcomeStore outcomes, String jobName, long importId) {
        var counts = outcomes.outcomeCounts(importId);
        return new ImportCounts(outcomes.stored(jobName, importId), counts.get(RowOutcome.Kind.UNCHANGED),
                counts.get(RowOutcome.Kind.REJECTED));
    }

    public long read() {
        return stored + unchanged + rejected;
    }
}
