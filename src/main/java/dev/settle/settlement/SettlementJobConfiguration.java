package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code settlementJob}: marks late instructions ({@code markLateStep}), settles every enabled scheme in its own
 * partition ({@code settleSchemesStep}: claim, plan, submit), then reports ({@code reportStep}). No incrementer:
 * the business date (with an optional scheme id and rerun number) identifies a run, so a second launch of a
 * completed date is refused and a failed one is restarted where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class SettlementJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SettlementJobConfiguration.class);

    @Bean
    Job settlementJob(JobRepository jobRepository, Step markLateStep, Step settleSchemesStep, Step reportStep) {
        DefaultJobParametersValidator parameters = new DefaultJobParametersValidator(
                new String[] {SettlementJobs.BUSINESS_DATE},
                new String[] {SettlementJobs.SCHEME_ID, SettlementJobs.RERUN});
        return new JobBuilder(SettlementJobs.JOB, jobRepository).validator(parameters).start(markLateStep)
                .next(settleSchemesStep).next(reportStep).build();
    }

    @Bean
    Step markLateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LateMarkingTasklet lateMarkingTasklet) {
        return new StepBuilder(SettlementJobs.MARK_LATE_STEP, jobRepository)
                .tasklet(lateMarkingTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    LateMarkingTasklet lateMarkingTasklet(LateInstructionMarker marker, SettlementProperties properties,
            @Value("#{jobParameters['" + SettlementJobs.BUSINESS_DATE + "']}") LocalDate businessDate,
            @Value("#{jobParameters['" + SettlementJobs.SCHEME_ID + "']}") String schemeId) {
        return new LateMarkingTasklet(marker, businessDate, schemeId, properties.claimChunkSize());
    }

    @Bean
    Step settleSchemesStep(JobRepository jobRepository, SchemePartitioner schemePartitioner, Step settleSchemeStep,
            SettlementProperties properties) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("settle-scheme-");
        threads.setConcurrencyLimit(properties.schemeThreads());
        return new StepBuilder(SettlementJobs.SETTLE_SCHEMES_STEP, jobRepository)
                .partitioner(SettlementJobs.SETTLE_SCHEME_STEP, schemePartitioner).step(settleSchemeStep)
                .taskExecutor(threads).gridSize(properties.schemeThreads()).build();
    }

    @Bean
    @StepScope
    SchemePartitioner schemePartitioner(SchemeRepository schemes,
            @Value("#{jobParameters['" + SettlementJobs.SCHEME_ID + "']}") String schemeId) {
        return new SchemePartitioner(schemes, schemeId);
    }

    @Bean
    Step settleSchemeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SchemeSettlementTasklet schemeSettlementTasklet) {
        return new StepBuilder(SettlementJobs.SETTLE_SCHEME_STEP, jobRepository)
                .tasklet(schemeSettlementTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    SchemeSettlementTasklet schemeSettlementTasklet(SchemeRepository schemes, DueInstructionClaimer claimer,
            FilePlanner planner, BatchSubmitter submitter, SettlementProperties properties,
            @Value("#{jobParameters['" + SettlementJobs.BUSINESS_DATE + "']}") LocalDate businessDate,
            @Value("#{stepExecutionContext['" + SettlementJobs.PARTITION_TENANT + "']}") String tenantId,
            @Value("#{stepExecutionContext['" + SettlementJobs.PARTITION_SCHEME + "']}") String schemeId) {
        SchemeConfig scheme = schemes.find(UUID.fromString(tenantId), schemeId).orElseThrow(
                () -> new IllegalStateException("Scheme " + schemeId + " of tenant " + tenantId
                        + " no longer exists; its partition cannot be settled"));
        return new SchemeSettlementTasklet(scheme, businessDate, claimer, planner, submitter,
                properties.claimChunkSize());
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SettlementReports reports) {
        return new StepBuilder(SettlementJobs.REPORT_STEP, jobRepository).tasklet((contribution, chunk) -> {
            SettlementReport report = reports.report(chunk.getStepContext().getStepExecution().getJobExecution());
            log.info("{}Kept in {}", report.text(), reports.keep(report));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
