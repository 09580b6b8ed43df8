package dev.settle.csvimport;

import dev.settle.vault.FinancialInstrumentRepository;
import dev.settle.vault.FinancialInstrumentValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code fiImportJob}: the companion of {@code csvImportJob} for financial instruments, with the same file rules,
 * idempotency, restart, rejection limit and report.
 */
@Configuration(proxyBeanMethods = false)
public class FiImportJobConfiguration {

    @Bean
    Job fiImportJob(JobRepository jobRepository, Step importInstrumentsStep, Step checkRejectedRowsStep,
            ErrorReportListener errorReport) {
        return ImportJobWiring.job(ImportJobs.INSTRUMENTS_JOB, jobRepository, importInstrumentsStep, checkRejectedRowsStep,
                errorReport);
    }

    @Bean
    Step importInstrumentsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CsvRecordReader instrumentRecordReader, InstrumentImportWriter instrumentImportWriter,
            ImportProperties properties, ImportProgress progress) {
        return ImportJobWiring.importStep(ImportJobs.IMPORT_INSTRUMENTS_STEP, jobRepository, transactionManager,
                instrumentRecordReader, instrumentImportWriter, properties, progress);
    }

    @Bean
    @StepScope
    CsvRecordReader instrumentRecordReader(@Value("#{jobParameters['" + ImportJobs.INPUT_FILE + "']}") String file) {
        return new CsvRecordReader(Path.of(file), InstrumentColumns.COLUMNS);
    }

    @Bean
    @StepScope
    InstrumentImportWriter instrumentImportWriter(
            @Value("#{jobParameters['" + ImportJobs.TENANT_ID + "']}") String tenantId,
            FinancialInstrumentRepository instruments, InstrumentImportStore store, ImportOutcomeStore outcomes,
            FinancialInstrumentValidator validator, ImportProperties properties, Clock clock) {
        return new InstrumentImportWriter(UUID.fromString(tenantId), instruments, store, outcomes, validator,
                properties, clock);
    }
}
