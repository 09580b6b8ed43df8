package dev.settle.csvimport;

/** Names of the import jobs, their steps and parameters, shared by configuration, CLI and API. */
public final class ImportJobs {

    public static final String INSTRUCTIONS_JOB = "csvImportJob";
    public static final String INSTRUMENTS_JOB = "fiImportJob";

    public static final String IMPORT_INSTRUCTIONS_STEP = "importInstructionsStep";
    public static final String IMPORT_INSTRUMENTS_STEP = "importInstrumentsStep";
    public static final String CHECK_REJECTED_ROWS_STEP = "checkRejectedRowsStep";

    /** Identifying: the tenant the rows belong to. */
    public static final String TENANT_ID = "tenantId";
    /** Identifying: the file's content, so the same file is imported once whatever its name. */
    public static final String FILE_SHA256 = "fileSha256";
    /** Not identifying: where the file is now (a restart may find it moved). */
    public static final String INPUT_FILE = "inputFile";

    private ImportJobs() {
    }
}
