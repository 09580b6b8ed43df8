package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.PostgresIntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** The clustered JDBC job store works on the migrated QRTZ_ tables with the delegate for the database. */
@PostgresIntegrationTest
class QuartzJobStoreIntegrationTests {

    @Autowired
    Scheduler scheduler;

    @Autowired
    DataSource dataSource;

    @Test
    void jobWithDataAndCronTriggerIsStoredAndReadBack() throws Exception {
        JobKey key = JobKey.jobKey("probe-" + System.nanoTime(), "tests");
        JobDetail job = JobBuilder.newJob(NoOpJob.class).withIdentity(key).usingJobData("businessDate", "today")
                .storeDurably().build();
        Trigger trigger = TriggerBuilder.newTrigger().forJob(job).withIdentity(key.getName(), "tests")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 30 2 * * ?")).build();

        scheduler.scheduleJob(job, trigger);

        JobDetail stored = scheduler.getJobDetail(key);
        assertThat(stored.getJobDataMap().getString("businessDate")).isEqualTo("today");
        assertThat(scheduler.getTriggersOfJob(key)).hasSize(1);
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        String product = dataSource.getConnection().getMetaData().getDatabaseProductName();
        assertThat(QuartzDelegateConfiguration.delegateFor(dataSource)).isEqualTo("PostgreSQL".equals(product)
                ? QuartzDelegateConfiguration.POSTGRESQL : QuartzDelegateConfiguration.STANDARD);
        scheduler.deleteJob(key);
    }

    /** Never fires in the test: the scheduler is not started. */
    public static class NoOpJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
        }
    }
}
