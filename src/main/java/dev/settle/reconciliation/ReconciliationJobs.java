package dev.settle.reconciliation;

/** Names of the reconciliation job, its steps and parameters, shared by configuration, CLI and scheduler. */
public final class ReconciliationJobs {

    public static final String JOB = "reconciliationJob";
    public static final String APPLY_STEP = "applyReportStep";

    /** Identifying: the report's content, so a file is reconciled once whatever its name. */
    public static final String FILE_SHA256 = "fileSha256";
    /** Not identifying: where the file is now. */
    public static final String INPUT_FILE = "inputFile";
    /** Not identifying: the report file's id in {@code report_file}. */
    public static final String REPORT_FILE_ID = "reportFileId";
    /** Not identifying: the format recognised from the content. */
    public static final String FORMAT = "format";

    private ReconciliationJobs() {
    }
}
