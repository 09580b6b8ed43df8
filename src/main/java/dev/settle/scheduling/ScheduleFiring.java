package dev.settle.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What one Quartz fire of a schedule does: works out the times it stands for ({@link FireTimes}), and for each,
 * oldest first, takes it in the fire log, evaluates the parameters for that time and launches the job in this
 * thread. A launch that fails is logged and recorded; the next time is still run.
 */
@Service
public class ScheduleFiring {

    private static final Logger log = LoggerFactory.getLogger(ScheduleFiring.class);

    private final ScheduledJobs jobs;
    private final ScheduleFireLog fires;
    private final ScheduleProperties properties;
    private final Clock clock;

    public ScheduleFiring(ScheduledJobs jobs, ScheduleFireLog fires, ScheduleProperties properties, Clock clock) {
        this.jobs = jobs;
        this.fires = fires;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs one fire.
     *
     * @param scheduled the time Quartz scheduled this fire for
     * @param previous the trigger's previous fire as Quartz knows it, or null: no time up to it is run again
     * @param triggerStart when the trigger was stored: no time before it is run, so a new or changed schedule does
     *     not run for its past
     * @param node the scheduler instance firing, for the log
     * @return the times launched (not those another node had taken)
     */
    public List<Instant> fire(Schedule schedule, Instant scheduled, Instant previous, Instant triggerStart,
            String node) {
        ScheduledJob job = jobs.find(schedule.job()).orElseThrow(() -> new IllegalStateException("Schedule "
                + schedule.name() + " names job " + schedule.job() + ", which this build does not have"));
        Instant after = latest(triggerStart.minusMillis(1), previous, fires.lastFireTime(schedule.name()).orElse(null));
        FireTimes.Due due = FireTimes.due(schedule.cron(), schedule.zone(), schedule.misfire(), properties.maxCatchUp(),
                scheduled, clock.instant(), after);
        if (due.dropped() > 0) {
            log.warn("Schedule {} missed {} more fire time(s) than it runs now ({}, at most {} with catch-up); run "
                    + "those by hand if they matter", schedule.name(), due.dropped(), schedule.misfire().text(),
                    properties.maxCatchUp());
        }
        if (due.times().isEmpty()) {
            // Every time up to this fire was dealt with already: another node fired it, which a cluster never does.
            fires.countDuplicate(schedule.name(), scheduled);
            log.warn("Schedule {} fired for {}, which was already dealt with; nothing launched", schedule.name(),
                    scheduled);
        }
        List<Instant> launched = new ArrayList<>();
        for (Instant time : due.times()) {
            if (!fires.take(schedule.name(), time, node, clock.instant())) {
                log.warn("Schedule {} for {} was already taken by another node; not launched again", schedule.name(),
                        time);
                continue;
            }
            fires.finish(schedule.name(), time, launch(schedule, job, time), clock.instant());
            launched.add(time);
        }
        return launched;
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    private String launch(Schedule schedule, ScheduledJob job, Instant time) {
        try {
            String outcome = job.launch(values(schedule, job, time));
            log.info("Schedule {} for {}: {}", schedule.name(), time, outcome);
            return outcome;
        } catch (Exception e) {
            log.error("Schedule {} for {}: {} could not be launched: {}", schedule.name(), time, schedule.job(),
                    e.getMessage(), e);
            return "failed: " + e.getMessage();
        }
    }

    /** The schedule's parameters for one time: date expressions evaluated in its zone, the rest as written. */
    static Map<String, String> values(Schedule schedule, ScheduledJob job, Instant time) {
        Map<String, String> values = new LinkedHashMap<>(schedule.parameters());
        for (ScheduledJob.Parameter parameter : job.parameters()) {
            String raw = values.get(parameter.name());
            if (parameter.date() && raw != null) {
                values.put(parameter.name(), DateExpression.evaluate(raw, time, schedule.zone()).toString());
            }
        }
        return values;
    }
}
