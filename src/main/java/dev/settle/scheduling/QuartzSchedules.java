package dev.settle.scheduling;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The schedules as Quartz holds them in its clustered store: one durable job and one cron trigger per schedule, in
 * the group {@value #GROUP}, the whole schedule in the job's data. A stored schedule whose definition did not change
 * is left as it is, so a trigger that missed its time while every node was down fires on start-up per its misfire
 * policy; a changed one is replaced and starts afresh.
 */
@Component
public class QuartzSchedules {

    static final String GROUP = "schedules";
    private static final Logger log = LoggerFactory.getLogger(QuartzSchedules.class);
    private static final String PARAMETER = "parameter.";

    private final Scheduler scheduler;
    private final Clock clock;

    public QuartzSchedules(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Makes the store hold exactly the enabled schedules. */
    public void store(List<Schedule> schedules) throws SchedulerException {
        Set<String> enabled = schedules.stream().filter(Schedule::enabled).map(Schedule::name).collect(Collectors.toSet());
        for (JobKey stored : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!enabled.contains(stored.getName())) {
                scheduler.deleteJob(stored);
                log.info("Schedule {} removed: its file is gone or disabled", stored.getName());
            }
        }
        for (Schedule schedule : schedules) {
            if (schedule.enabled()) {
                store(schedule);
            }
        }
    }

    private void store(Schedule schedule) throws SchedulerException {
        JobDetail stored = scheduler.getJobDetail(jobKey(schedule.name()));
        if (stored != null && schedule.fingerprint().equals(schedule(stored.getJobDataMap()).fingerprint())
                && scheduler.getTrigger(triggerKey(schedule.name())) != null) {
            return;
        }
        JobDetail job = JobBuilder.newJob(ScheduleQuartzJob.class).withIdentity(jobKey(schedule.name()))
                .withDescription(schedule.description()).usingJobData(data(schedule)).storeDurably().build();
        CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(FireTimes.expression(schedule.cron(),
                schedule.zone())).inTimeZone(TimeZone.getTimeZone(schedule.zone()));
        cron = schedule.misfire() == MisfirePolicy.SKIP ? cron.withMisfireHandlingInstructionDoNothing()
                : cron.withMisfireHandlingInstructionFireAndProceed();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey(schedule.name())).forJob(job)
                .startAt(Date.from(clock.instant())).withSchedule(cron).build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
        log.info("Schedule {} {}: {} at '{}' ({})", schedule.name(), stored == null ? "added" : "changed",
                schedule.job(), schedule.cron(), schedule.zone());
    }

    /** The stored trigger of a schedule, or null. */
    public Trigger trigger(String name) throws SchedulerException {
        return scheduler.getTrigger(triggerKey(name));
    }

    /** The data of a schedule's stored job, or an empty map. */
    JobDataMap jobData(String name) throws SchedulerException {
        JobDetail job = scheduler.getJobDetail(jobKey(name));
        return job == null ? new JobDataMap() : job.getJobDataMap();
    }

    static JobKey jobKey(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }

    static JobDataMap data(Schedule schedule) {
        JobDataMap data = new JobDataMap();
        data.put("name", schedule.name());
        data.put("file", schedule.file());
        data.put("job", schedule.job());
        data.put("cron", schedule.cron());
        data.put("zone", schedule.zone().getId());
        data.put("misfire", schedule.misfire().name());
        data.put("description", schedule.description());
        schedule.parameters().forEach((name, value) -> data.put(PARAMETER + name, value));
        return data;
    }

    static Schedule schedule(JobDataMap data) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String key : data.getKeys()) {
            if (key.startsWith(PARAMETER)) {
                parameters.put(key.substring(PARAMETER.length()), data.getString(key));
            }
        }
        return new Schedule(data.getString("name"), data.getString("file"), data.getString("job"),
                data.getString("cron"), ZoneId.of(data.getString("zone")), parameters, true,
                MisfirePolicy.valueOf(data.getString("misfire")), data.getString("description"));
    }
}
