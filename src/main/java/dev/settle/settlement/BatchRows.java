package dev.settle.settlement;

/**
 * SQL conditions that find the ledger rows of one planned batch. A batch's rows lie between the first and last
 * ledger id recorded when it was planned ({@code submission_file}), so the primary key finds them, and the ledger
 * needs no index on its batch id (one would make each update of a ledger row write a new entry in every index).
 */
public final class BatchRows {

    private BatchRows() {
    }

    /**
     * True for a submission row (under {@code alias}) of the batch whose id {@code batch} gives: a named
     * parameter such as {@code :batch} or a column of an outer query.
     */
    public static String of(String alias, String batch) {
        return alias + ".batch_id = " + batch + " AND " + alias + ".id BETWEEN (SELECT first_id FROM submission_file"
                + " WHERE batch_id = " + batch + ") AND (SELECT last_id FROM submission_file WHERE batch_id = " + batch
                + ")";
    }
}
