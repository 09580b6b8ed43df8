package dev.settle.csvimport;

/** An import that is not started, with why and what to do. */
public class ImportRefusedException extends RuntimeException {

    /** Why an import was refused. */
    public enum Reason {
        /** The same file was already imported for the tenant. */
        ALREADY_IMPORTED,
        /** An execution of this file is marked running: live, or left so by a crash. */
        EXECUTION_IN_PROGRESS
    }

    private final Reason reason;

    public ImportRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
