package dev.settle.scheduling;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;

/** The schedules as an operator sees them: each file, its next fire times, whether the cluster holds it, its last fire. */
@Service
public class ScheduleOverview {

    private final ScheduleFiles files;
    private final QuartzSchedules quartz;
    private final ScheduleFireLog fires;
    private final ScheduleProperties properties;
    private final Clock clock;

    public ScheduleOverview(ScheduleFiles files, QuartzSchedules quartz, ScheduleFireLog fires,
            ScheduleProperties properties, Clock clock) {
        this.files = files;
        this.quartz = quartz;
        this.fires = fires;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One schedule.
     *
     * @param stored {@code yes} when the scheduler's store holds this definition, {@code differs} when it holds
     *     another (a server start loads the file), {@code no} when it holds none
     * @param next the next fire times from now, none when disabled
     * @param lastFire the latest fire any node took on, or null
     */
    public record Entry(String name, String file, String job, String cron, String zone, boolean enabled,
            String misfire, Map<String, String> parameters, String stored, List<Instant> next,
            ScheduleFireLog.Fire lastFire) {
    }

    /** Every schedule file of the folder, with {@code count} next fire times each. */
    public List<Entry> list(int count) throws SchedulerException {
        if (!Files.isDirectory(properties.dir())) {
            throw new IllegalArgumentException("No schedule folder at " + properties.dir().toAbsolutePath().normalize()
                    + "; set settle.schedules.dir");
        }
        Instant now = clock.instant();
        return files.load(properties.dir()).stream().map(schedule -> entry(schedule, count, now)).toList();
    }

    private Entry entry(Schedule schedule, int count, Instant now) {
        return new Entry(schedule.name(), schedule.file(), schedule.job(), schedule.cron(), schedule.zone().getId(),
                schedule.enabled(), schedule.misfire().text(), schedule.parameters(), stored(schedule),
                schedule.enabled() ? FireTimes.next(schedule.cron(), schedule.zone(), now, count) : List.of(),
                fires.last(schedule.name()).orElse(null));
    }

    private String stored(Schedule schedule) {
        try {
            if (quartz.trigger(schedule.name()) == null) {
                return "no";
            }
            Schedule held = QuartzSchedules.schedule(quartz.jobData(schedule.name()));
            return held.fingerprint().equals(schedule.fingerprint()) ? "yes" : "differs";
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot read the scheduler's store: " + e.getMessage(), e);
        }
    }
}
