package dev.settle.reconciliation;

import dev.settle.csvimport.FileDigest;
import dev.settle.reconciliation.report.ReportFormat;
import dev.settle.reconciliation.report.ReportFormats;
import dev.settle.settlement.BatchRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reconciles report files: recognises the format from the content, refuses a file already reconciled (same
 * SHA-256) or being reconciled, registers it and runs {@code reconciliationJob} in this thread; a failed run of
 * the same file is restarted after its last committed chunk.
 */
@Service
public class ReconciliationRuns {

    private static final String OUTCOMES = """
            SELECT outcome, COUNT(*) AS entries FROM report_entry WHERE file_id = :file GROUP BY outcome ORDER BY outcome
            """;
    private static final String EXCEPTIONS = "SELECT COUNT(*) FROM reconciliation_exception WHERE file_id = :file";
    private static final String TOTALS = """
            SELECT e.original_message_id AS batch_id, e.currency, COUNT(*) AS entries, SUM(e.amount) AS reported,
                (SELECT COUNT(*) FROM submission s WHERE %1$s) AS payments,
                (SELECT SUM(s.amount) FROM submission s WHERE %1$s) AS submitted
            FROM report_entry e
            WHERE e.file_id = :file AND e.entry_type = 'BOOKED' AND e.outcome IN ('APPLIED', 'STALE')
              AND e.original_message_id IS NOT NULL AND e.amount IS NOT NULL
            GROUP BY e.original_message_id, e.currency ORDER BY e.original_message_id
            """.formatted(BatchRows.of("s", "e.original_message_id"));

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job reconciliationJob;
    private final ReportFiles files;
    private final JdbcClient jdbc;

    public ReconciliationRuns(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(ReconciliationJobs.JOB) Job reconciliationJob, ReportFiles files, JdbcClient jdbc) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.reconciliationJob = reconciliationJob;
        this.files = files;
        this.jdbc = jdbc;
    }

    /** Reconciles one file in this thread. */
    public ReconciliationResult reconcile(Path file) throws Exception {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("No readable file at " + file.toAbsolutePath());
        }
        ReportFormat format = ReportFormats.detect(file).orElseThrow(() -> new IllegalArgumentException(file
                + " is not a report this build reads (pain.002, camt.053, camt.054, PSP settlement CSV); nothing "
                + "was done"));
        String sha256 = FileDigest.sha256(file);
        JobParameters identity = new JobParametersBuilder().addString(ReconciliationJobs.FILE_SHA256, sha256, true)
                .toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(ReconciliationJobs.JOB, identity);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            throw new ReconciliationRefusedException(ReconciliationRefusedException.Reason.ALREADY_RECONCILED, "File "
                    + file + " (sha256 " + sha256 + ") was already reconciled by execution " + last.getId() + " at "
                    + last.getEndTime() + ". Nothing was done.");
        }
        if (last != null && last.isRunning()) {
            throw new ReconciliationRefusedException(ReconciliationRefusedException.Reason.RUNNING, "Execution "
                    + last.getId() + " of this file is " + last.getStatus() + ". If its process is gone, run 'settle "
                    + "recover " + last.getId() + "', then reconcile the file again.");
        }
        long fileId = files.register(sha256, file.getFileName().toString(), format);
        JobParameters parameters = new JobParametersBuilder(identity)
                .addString(ReconciliationJobs.INPUT_FILE, file.toAbsolutePath().normalize().toString(), false)
                .addLong(ReconciliationJobs.REPORT_FILE_ID, fileId, false)
                .addString(ReconciliationJobs.FORMAT, format.name(), false).toJobParameters();
        JobExecution execution = jobOperator.start(reconciliationJob, parameters);
        return result(execution, file, format, fileId);
    }

    /** How an execution of the reconciliation job stands: its file's entries, exceptions and control totals. */
    public ReconciliationResult result(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        return result(execution, Path.of(parameters.getString(ReconciliationJobs.INPUT_FILE)),
                ReportFormat.valueOf(parameters.getString(ReconciliationJobs.FORMAT)),
                parameters.getLong(ReconciliationJobs.REPORT_FILE_ID));
    }

    private ReconciliationResult result(JobExecution execution, Path file, ReportFormat format, long fileId) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        jdbc.sql(OUTCOMES).param("file", fileId).query(rs -> {
            outcomes.put(rs.getString("outcome"), rs.getLong("entries"));
        });
        // Every run of the file: a restart reads on from where the failed one stopped.
        long read = jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .flatMap(e -> e.getStepExecutions().stream()).mapToLong(StepExecution::getReadCount).sum();
        long recorded = outcomes.values().stream().mapToLong(Long::longValue).sum();
        List<ReconciliationResult.ControlTotal> totals = jdbc.sql(TOTALS).param("file", fileId).query((rs, n) ->
                new ReconciliationResult.ControlTotal(rs.getString("batch_id"), rs.getString("currency"),
                        rs.getLong("entries"), rs.getBigDecimal("reported"), rs.getLong("payments"),
                        rs.getBigDecimal("submitted") == null ? java.math.BigDecimal.ZERO : rs.getBigDecimal("submitted")))
                .list();
        return new ReconciliationResult(file, format.name(), execution.getId(), execution.getStatus(),
                execution.getExitStatus().getExitDescription(), read, outcomes, Math.max(0, read - recorded),
                jdbc.sql(EXCEPTIONS).param("file", fileId).query(Long.class).single(), totals);
    }
}
