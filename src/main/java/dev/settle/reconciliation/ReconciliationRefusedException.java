package dev.settle.reconciliation;

/** A report file that is not reconciled now; the message says why and what to do. */
public class ReconciliationRefusedException extends RuntimeException {

    /** Why. */
    public enum Reason {
        ALREADY_RECONCILED, RUNNING
    }

    private final Reason reason;

    public ReconciliationRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
