package dev.settle.csvimport;

/** The file is mostly bad: the import stops; rows already stored stay stored and are in the report's counts. */
public class TooManyRejectedRowsException extends RuntimeException {

    private final long read;
    private final long rejected;

    public TooManyRejectedRowsException(String message, long read, long rejected) {
        super(message + "; rows stored before this point stay stored, the error report lists the rejected ones");
        this.read = read;
        this.rejected = rejected;
    }

    public long read() {
        return read;
    }

    public long rejected() {
        return rejected;
    }
}
