package dev.settle.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The Quartz job behind every schedule: hands the fire to {@link ScheduleFiring}. Not concurrent: a fire that comes
 * while the previous one of the same schedule still runs (anywhere in the cluster) waits, and then counts as a
 * misfire.
 */
@DisallowConcurrentExecution
public class ScheduleQuartzJob implements Job {

    private final ScheduleFiring firing;

    public ScheduleQuartzJob(ScheduleFiring firing) {
        this.firing = firing;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            firing.fire(QuartzSchedules.schedule(context.getMergedJobDataMap()),
                    context.getScheduledFireTime().toInstant(), context.getPreviousFireTime() == null ? null
                            : context.getPreviousFireTime().toInstant(), context.getTrigger().getStartTime().toInstant(),
                    context.getScheduler().getSchedulerInstanceId());
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("Schedule " + context.getJobDetail().getKey().getName() + " could not fire: "
                    + e.getMessage(), e, false);
        }
    }
}
