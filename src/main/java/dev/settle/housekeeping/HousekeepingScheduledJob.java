package dev.settle.housekeeping;

import dev.settle.scheduling.ScheduledJob;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code housekeepingJob} on a schedule: once per run date. */
@Component
class HousekeepingScheduledJob implements ScheduledJob {

    private final HousekeepingRuns runs;

    HousekeepingScheduledJob(HousekeepingRuns runs) {
        this.runs = runs;
    }

    @Override
    public String job() {
        return HousekeepingJobs.JOB;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(HousekeepingJobs.RUN_DATE, true, true));
    }

    @Override
    public String launch(Map<String, String> values) throws Exception {
        return runs.run(LocalDate.parse(values.get(HousekeepingJobs.RUN_DATE)));
    }
}
