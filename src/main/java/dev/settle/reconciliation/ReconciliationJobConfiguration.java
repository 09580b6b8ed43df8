package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportFormat;
import java.nio.file.Path;
import dev.settle.system.PlannerStatistics;
import java.time.Clock;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reconciliationJob}: streams one report file and applies its entries in chunks
 * ({@code applyReportStep}). No incrementer: the file's SHA-256 identifies the run, so a file is reconciled once
 * and a failed run restarts after its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
public class ReconciliationJobConfiguration {

    static final int CHUNK_SIZE = 500;
    // What the entries are applied to: a settlement run before this one may have changed most of their rows.
    private static final List<String> APPLIED_TABLES = List.of("instruction", "submission", "payment_transaction",
            "report_entry");

    @Bean
    Job reconciliationJob(JobRepository jobRepository, Step applyReportStep) {
        return new JobBuilder(ReconciliationJobs.JOB, jobRepository).start(applyReportStep).build();
    }

    @Bean
    Step applyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReportEntryReader reportEntryReader, ReportEntryWriter reportEntryWriter, PlannerStatistics statistics) {
        return new StepBuilder(ReconciliationJobs.APPLY_STEP, jobRepository).<ReportEntry, ReportEntry>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager).reader(reportEntryReader).writer(reportEntryWriter)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        statistics.refreshStale(APPLIED_TABLES);
                    }
                }).build();
    }

    @Bean
    @StepScope
    ReportEntryReader reportEntryReader(ReportReaders readers,
            @Value("#{jobParameters['" + ReconciliationJobs.INPUT_FILE + "']}") String file,
            @Value("#{jobParameters['" + ReconciliationJobs.FORMAT + "']}") String format) {
        ReportFormat reportFormat = ReportFormat.valueOf(format);
        return new ReportEntryReader(readers.reader(reportFormat), Path.of(file), reportFormat);
    }

    @Bean
    @StepScope
    ReportEntryWriter reportEntryWriter(EntryApplier applier, ReconciliationStore store,
            ReportEntryReader reportEntryReader, Clock clock,
            @Value("#{jobParameters['" + ReconciliationJobs.REPORT_FILE_ID + "']}") Long fileId) {
        return new ReportEntryWriter(applier, store, reportEntryReader, fileId, clock);
    }
}
