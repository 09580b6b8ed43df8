package dev.settle.csvimport;

/**
 * When a file is mostly bad: more rejected rows than the configured count, or a larger share of the rows read
 * than the configured percentage (judged once enough rows were read, and at the end).
 */
final class RejectionLimit {

    private final ImportProperties properties;
    private long read;
    private long rejected;

    RejectionLimit(ImportProperties properties, long readBefore, long rejectedBefore) {
        this.properties = properties;
        this.read = readBefore;
        this.rejected = rejectedBefore;
    }

    void add(long rows, long rejectedRows) {
        read += rows;
        rejected += rejectedRows;
    }

    /** Fails before another chunk is taken on once the limit is passed; chunks already written stay written. */
    void checkBeforeChunk() {
        check(false);
    }

    /** The last word, over the whole file. */
    void checkAtEnd() {
        check(true);
    }

    private void check(boolean atEnd) {
        if (properties.maxRejectedRows() >= 0 && rejected > properties.maxRejectedRows()) {
            throw new TooManyRejectedRowsException(rejected + " rows rejected, more than the limit of "
                    + properties.maxRejectedRows() + " (settle.import.max-rejected-rows)", read, rejected);
        }
        boolean enoughRows = atEnd || read >= properties.minRowsForPercent();
        if (enoughRows && read > 0 && rejected * 100.0 / read > properties.maxRejectedPercent()) {
            throw new TooManyRejectedRowsException(String.format("%d of %d rows rejected (%.1f%%), more than %.1f%% "
                    + "(settle.import.max-rejected-percent)", rejected, read, rejected * 100.0 / read,
                    properties.maxRejectedPercent()), read, rejected);
        }
    }
}
