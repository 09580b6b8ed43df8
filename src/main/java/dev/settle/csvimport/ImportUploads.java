package dev.settle.csvimport;

import dev.settle.execution.ExecutionControl;
import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports of files uploaded through the API: the body is saved under the output folder, then the import runs in
 * the background and the caller gets its execution id at once. The same rules as for the CLI apply: one import
 * per file content and tenant.
 */
@Component
public class ImportUploads {

    private final ImportService imports;
    private final TenantAdministration tenants;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final Path uploads;
    private final TaskExecutorJobOperator background;

    public ImportUploads(ImportService imports, TenantAdministration tenants, JobRepository jobRepository,
            Map<String, Job> jobs, ImportReports reports, ObjectProvider<JobRegistry> registry) throws Exception {
        this.imports = imports;
        this.tenants = tenants;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.uploads = reports.uploads();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("import-upload-");
        executor.setConcurrencyLimit(2);
        // A private operator: Boot's JobOperator bean stays the synchronous one the CLI relies on.
        background = new TaskExecutorJobOperator();
        background.setJobRepository(jobRepository);
        background.setJobRegistry(registry.getIfAvailable(MapJobRegistry::new));
        background.setTaskExecutor(executor);
        background.afterPropertiesSet();
    }

    /** Saves the upload and starts its import; answers the new execution (still starting). */
    public JobExecution accept(String jobName, UUID tenantId, InputStream body) throws Exception {
        Files.createDirectories(uploads);
        Path file = uploads.resolve(jobName + "-" + UUID.randomUUID() + ".csv");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long size = Files.copy(body, partial);
        if (size == 0) {
            Files.delete(partial);
            throw new IllegalArgumentException("empty upload");
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        Tenant tenant = tenants.resolveTenant(tenantId.toString());
        JobParameters parameters = imports.parameters(file, tenant);
        try {
            imports.refuseIfDoneOrRunning(jobName, parameters, file);
        } catch (ImportRefusedException refused) {
            Files.deleteIfExists(file);
            throw refused;
        }
        return background.start(jobs.get(jobName), parameters);
    }

    /** The import execution if it belongs to the tenant, else null. */
    public ImportResult status(long executionId, UUID tenantId) {
        JobExecution execution = ExecutionControl.findOrNull(jobRepository, executionId);
        if (execution == null || !jobs.containsKey(execution.getJobInstance().getJobName())
                || !isImport(execution.getJobInstance().getJobName())
                || !tenantId.toString().equals(execution.getJobParameters().getString(ImportJobs.TENANT_ID))) {
            return null;
        }
        return imports.result(execution, Path.of(execution.getJobParameters().getString(ImportJobs.INPUT_FILE)));
    }

    private static boolean isImport(String jobName) {
        return ImportJobs.INSTRUCTIONS_JOB.equals(jobName) || ImportJobs.INSTRUMENTS_JOB.equals(jobName);
    }
}
