package dev.settle.csvimport;

import dev.settle.order.InstructionValidator;
import dev.settle.webhook.WebhookOutbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code csvImportJob}: reads an instruction file chunk by chunk and stores it ({@code importInstructionsStep}),
 * then judges the share of rejected rows over the whole file and records the import-finished webhook event
 * ({@code checkRejectedRowsStep}); the error report is written whatever the outcome. No incrementer: the tenant and the file's SHA-256 identify the import.
 */
@Configuration(proxyBeanMethods = false)
public class CsvImportJobConfiguration {

    @Bean
    Job csvImportJob(JobRepository jobRepository, Step importInstructionsStep, Step checkRejectedRowsStep,
            ErrorReportListener errorReport) {
        return ImportJobWiring.job(ImportJobs.INSTRUCTIONS_JOB, jobRepository, importInstructionsStep, checkRejectedRowsStep,
                errorReport);
    }

    @Bean
    Step importInstructionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvRecordReader instructionRecordReader, InstructionImportWriter instructionImportWriter,
            ImportProperties properties, ImportProgress progress) {
        return ImportJobWiring.importStep(ImportJobs.IMPORT_INSTRUCTIONS_STEP, jobRepository, transactionManager,
                instructionRecordReader, instructionImportWriter, properties, progress);
    }

    @Bean
    Step checkRejectedRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportOutcomeStore outcomes, ImportProperties properties, WebhookOutbox outbox, Clock clock) {
        return new StepBuilder(ImportJobs.CHECK_REJECTED_ROWS_STEP, jobRepository).tasklet((contribution, chunk) -> {
            var execution = chunk.getStepContext().getStepExecution().getJobExecution();
            var instance = execution.getJobInstance();
            ImportCounts counts = ImportCounts.of(outcomes, instance.getInstanceId());
            new RejectionLimit(properties, counts.read(), counts.rejected()).checkAtEnd();
            // In this step's transaction: the event exists exactly when the import's last step completed.
            var parameters = execution.getJobParameters();
            outbox.recordImportFinished(UUID.fromString(parameters.getString(ImportJobs.TENANT_ID)),
                    new WebhookOutbox.ImportFinished(instance.getJobName(), instance.getInstanceId(),
                            Path.of(parameters.getString(ImportJobs.INPUT_FILE)).getFileName().toString(),
                            counts.stored(), counts.unchanged(), counts.rejected()), clock.instant());
            return org.springframework.batch.infrastructure.repeat.RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    @StepScope
    CsvRecordReader instructionRecordReader(@Value("#{jobParameters['" + ImportJobs.INPUT_FILE + "']}") String file) {
        return new CsvRecordReader(Path.of(file), InstructionColumns.COLUMNS);
    }

    @Bean
    @StepScope
    InstructionImportWriter instructionImportWriter(
            @Value("#{jobParameters['" + ImportJobs.TENANT_ID + "']}") String tenantId,
            @Value("#{jobParameters['" + ImportJobs.INPUT_FILE + "']}") String file, InstructionImportStore store,
            ImportOutcomeStore outcomes, InstructionValidator validator, ImportProperties properties, Clock clock) {
        return new InstructionImportWriter(UUID.fromString(tenantId), Path.of(file).getFileName().toString(), store,
                outcomes, validator, properties, clock);
    }
}
