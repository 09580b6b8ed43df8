package dev.settle.csvimport;

/**
 * What an import did with its rows so far, kept in the chunks' own transactions, so a restart never miscounts.
 */
public record ImportCounts(long stored, long unchanged, long rejected) {

    public static ImportCounts of(ImportOutcomeStore outcomes, long importId) {
        return outcomes.counts(importId);
    }

    public long read() {
        return stored + unchanged + rejected;
    }
}
