package dev.settle.reconciliation.report;

/** A report file that cannot be read at all; the message names the file and, where known, the line. */
public class ReportFileException extends RuntimeException {

    public ReportFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportFileException(String message) {
        super(message);
    }
}
