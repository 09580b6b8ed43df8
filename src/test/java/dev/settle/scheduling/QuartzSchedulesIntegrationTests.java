package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.PostgresIntegrationTest;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading the schedules into Quartz's store: unchanged ones keep their timing, changed ones are replaced, gone ones go. */
@PostgresIntegrationTest
class QuartzSchedulesIntegrationTests {

    @Autowired
    QuartzSchedules quartz;

    @Autowired
    Scheduler scheduler;

    @Autowired
    ScheduleFiles files;

    @Test
    void theShippedSchedulesAreValid() {
        List<Schedule> shipped = files.load(java.nio.file.Path.of("jobs"));

        assertThat(shipped).extracting(Schedule::name).containsExactly("housekeeping", "import-inbox",
                "nightly-settlement", "reconciliation-inbox", "webhook-dispatch");
        assertThat(shipped).extracting(Schedule::job).containsExactly("housekeepingJob", "csvImportJob",
                "settlementJob", "reconciliationJob", "webhookDispatch");
        assertThat(shipped.get(3).parameters().get("inbox")).endsWith("/inbox/reconciliation").doesNotContain("${");
    }

    @Test
    void theStoreFollowsTheFiles() throws Exception {
        Schedule nightly = schedule("nightly", "0 30 1 * * ?", true, MisfirePolicy.CATCH_UP);
        Schedule poll = schedule("poll", "0 */5 * * * ?", true, MisfirePolicy.SKIP);
        quartz.store(List.of(nightly, poll));
        Trigger storedNightly = quartz.trigger("nightly");
        Trigger storedPoll = quartz.trigger("poll");

        quartz.store(List.of(nightly, schedule("poll", "0 */10 * * * ?", true, MisfirePolicy.SKIP),
                schedule("disabled", "0 0 4 * * ?", false, MisfirePolicy.SKIP)));

        // Unchanged: the very same trigger, so a time it missed while no node was up still misfires at start-up.
        assertThat(quartz.trigger("nightly").getStartTime()).isEqualTo(storedNightly.getStartTime());
        assertThat(quartz.trigger("nightly").getMisfireInstruction())
                .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(((CronTrigger) quartz.trigger("poll")).getCronExpression()).isEqualTo("0 */10 * * * ?");
        assertThat(quartz.trigger("poll").getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        assertThat(quartz.trigger("poll").getStartTime()).isAfterOrEqualTo(storedPoll.getStartTime());
        assertThat(quartz.trigger("disabled")).isNull();
        assertThat(((CronTrigger) quartz.trigger("nightly")).getTimeZone().getID()).isEqualTo("Europe/Brussels");
        assertThat(QuartzSchedules.schedule(quartz.jobData("nightly"))).isEqualTo(nightly);

        quartz.store(List.of(poll));

        assertThat(quartz.trigger("nightly")).isNull();
        assertThat(scheduler.getJobDetail(QuartzSchedules.jobKey("nightly"))).isNull();
        quartz.store(List.of());
    }

    static Schedule schedule(String name, String cron, boolean enabled, MisfirePolicy misfire) {
        return new Schedule(name, "jobs/" + name + ".yml", "settlementJob", cron, ZoneId.of("Europe/Brussels"),
                Map.of("businessDate", "today"), enabled, misfire, "");
    }
}
