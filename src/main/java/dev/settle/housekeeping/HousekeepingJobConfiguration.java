package dev.settle.housekeeping;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code housekeepingJob}: one step that deletes what is past its retention. */
@Configuration(proxyBeanMethods = false)
public class HousekeepingJobConfiguration {

    @Bean
    Job housekeepingJob(JobRepository jobRepository, Step deleteExpiredStep) {
        return new JobBuilder(HousekeepingJobs.JOB, jobRepository).start(deleteExpiredStep).build();
    }

    @Bean
    Step deleteExpiredStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            HousekeepingTasklet housekeepingTasklet) {
        return new StepBuilder(HousekeepingJobs.DELETE_EXPIRED_STEP, jobRepository)
                .tasklet(housekeepingTasklet, transactionManager).build();
    }
}
