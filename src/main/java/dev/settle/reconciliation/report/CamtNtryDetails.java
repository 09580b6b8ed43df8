package dev.settle.reconciliation.report;

import java.util.function.Consumer;

/**
 * Walks the details ({@code NtryDtls}, repeatable in version 02) of one {@code Ntry}, keeping the {@code Btch} of
 * the current {@code NtryDtls} and at most two details: the one being read and the one before it. A detail is
 * handed on when the next one is complete or the entry ends; only then is it known whether it is the entry's only
 * detail. A {@code NtryDtls} with a {@code Btch} and no {@code TxDtls} is one detail, the batch.
 */
final class CamtNtryDetails {

    /** Receives each detail in file order. */
    interface Sink {

        /** @param onlyDetail whether the detail is the entry's only one */
        void accept(CamtDetail detail, boolean onlyDetail);
    }

    private static final String BATCH = "Btch";
    private static final String TRANSACTION = "TxDtls";

    private final Sink sink;
    private final Consumer<String> problems;
    private CamtBatch batch = new CamtBatch();
    private boolean hasTransaction;
    private CamtDetail current;
    private CamtDetail pending;
    private int count;
    private boolean transactionCharges;

    /** @param problems receives numbers of the {@code Btch} that do not parse */
    CamtNtryDetails(Sink sink, Consumer<String> problems) {
        this.sink = sink;
        this.problems = problems;
    }

    /** An element starts; {@code path} is relative to {@code NtryDtls}, empty for {@code NtryDtls} itself. */
    void start(String path) {
        if (path.isEmpty()) {
            batch = new CamtBatch();
            hasTransaction = false;
        } else if (path.equals(TRANSACTION)) {
            current = new CamtDetail(CamtDetail.Kind.TRANSACTION, ++count, batch);
            hasTransaction = true;
        }
    }

    /** An element ends; {@code path} is relative to {@code NtryDtls}, empty for {@code NtryDtls} itself. */
    void end(String path, String text, String currency, int line) {
        if (current != null && path.startsWith(TRANSACTION + "/")) {
            current.accept(path.substring(TRANSACTION.length() + 1), text, currency, line);
        } else if (current != null && path.equals(TRANSACTION)) {
            transactionCharges |= current.charges() != null;
            offer(current);
            current = null;
        } else if (path.equals(BATCH) || path.startsWith(BATCH + "/")) {
            batch.accept(path.substring(Math.min(path.length(), BATCH.length() + 1)), text, currency, line, problems);
        } else if (path.isEmpty() && !hasTransaction && batch.present()) {
            offer(new CamtDetail(CamtDetail.Kind.BATCH, ++count, batch));
        }
    }

    /** The entry ends: hands on the last detail, or the entry itself when it had none. */
    void finish() {
        if (pending != null) {
            sink.accept(pending, count == 1);
        } else {
            sink.accept(new CamtDetail(CamtDetail.Kind.ENTRY, 1, new CamtBatch()), true);
        }
    }

    /** How many details the entry had so far. */
    int count() {
        return count;
    }

    /** Whether any transaction had charges of its own. */
    boolean transactionCharges() {
        return transactionCharges;
    }

    private void offer(CamtDetail detail) {
        if (pending != null) {
            // only neighbours are compared: remembering every reference of a large batch would cost memory
            if (pending.identity().equals(detail.identity())) {
                detail.problems().add("TxDtls " + detail.index() + " repeats the reference '" + detail.identity()
                        + "' of the transaction before it in the same entry, so both have the same entry key");
            }
            sink.accept(pending, false);
        }
        pending = detail;
    }
}
