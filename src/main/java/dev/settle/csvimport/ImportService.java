package dev.settle.csvimport;

import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Starts an import of a file for a tenant, at most once per file content: a completed import of the same
 * SHA-256 is refused, a failed or stopped one is carried on from its last committed chunk, and one still marked
 * running is refused with what to do.
 */
@Service
public class ImportService {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final TenantAdministration tenants;
    private final ImportOutcomeStore outcomes;
    private final ImportReports reports;

    public ImportService(JobOperator jobOperator, JobRepository jobRepository, Map<String, Job> jobs,
            TenantAdministration tenants, ImportOutcomeStore outcomes, ImportReports reports) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.tenants = tenants;
        this.outcomes = outcomes;
        this.reports = reports;
    }

    /** Runs the import in this thread and answers how it ended. */
    public ImportResult importFile(String jobName, Path file, String tenant) throws Exception {
        JobParameters parameters = parameters(file, tenants.resolveTenant(tenant));
        refuseIfDoneOrRunning(jobName, parameters, file);
        JobExecution execution = jobOperator.start(jobs.get(jobName), parameters);
        return result(execution, file);
    }

    /** The parameters identifying an import of this file for this tenant. */
    public JobParameters parameters(Path file, Tenant tenant) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("No readable file at " + file.toAbsolutePath());
        }
        return new JobParametersBuilder()
                .addString(ImportJobs.TENANT_ID, tenant.id().toString(), true)
                .addString(ImportJobs.FILE_SHA256, FileDigest.sha256(file), true)
                .addString(ImportJobs.INPUT_FILE, file.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
    }

    /** Throws {@link ImportRefusedException} when this file was imported already or an import of it is running. */
    void refuseIfDoneOrRunning(String jobName, JobParameters parameters, Path file) {
        JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
        if (last == null) {
            return;
        }
        String sha = parameters.getString(ImportJobs.FILE_SHA256);
        if (last.getStatus() == BatchStatus.COMPLETED) {
            ImportCounts counts = ImportCounts.of(outcomes, last.getJobInstance().getInstanceId());
            throw new ImportRefusedException(ImportRefusedException.Reason.ALREADY_IMPORTED, "File " + file
                    + " (sha256 " + sha + ") was already imported for this tenant by execution " + last.getId()
                    + " at " + last.getEndTime() + ": " + counts.stored() + " stored, " + counts.unchanged()
                    + " unchanged, " + counts.rejected() + " rejected. Nothing was done.");
        }
        if (last.isRunning()) {
            throw new ImportRefusedException(ImportRefusedException.Reason.EXECUTION_IN_PROGRESS, "Execution "
                    + last.getId() + " of this file (sha256 " + sha + ") is " + last.getStatus() + " since "
                    + last.getStartTime() + ". If its process is gone (killed or crashed), run 'settle recover "
                    + last.getId() + "', then import again to carry on from its last committed chunk.");
        }
    }

    /** The outcome of an execution of an import, counted from the store. */
    public ImportResult result(JobExecution execution, Path file) {
        long importId = execution.getJobInstance().getInstanceId();
        String job = execution.getJobInstance().getJobName();
        ImportCounts counts = ImportCounts.of(outcomes, importId);
        Duration duration = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        boolean stoppedEarly = execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
        long notProcessed = stoppedEarly ? Math.max(0, CsvRecordCount.records(file) - counts.read()) : 0;
        long readThisRun = execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
        return new ImportResult(job, execution.getId(), execution.getStatus(),
                execution.getExitStatus().getExitDescription(), file, counts, notProcessed, duration,
                reports.errors(job, importId), readThisRun);
    }
}
