package dev.settle.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Every {@link ScheduledJob} by job name: the jobs a schedule file may name. */
@Component
public class ScheduledJobs {

    private final Map<String, ScheduledJob> byName = new TreeMap<>();

    public ScheduledJobs(List<ScheduledJob> jobs) {
        for (ScheduledJob job : jobs) {
            if (byName.putIfAbsent(job.job(), job) != null) {
                throw new IllegalStateException("Two scheduled jobs are named " + job.job());
            }
        }
    }

    public Optional<ScheduledJob> find(String job) {
        return Optional.ofNullable(byName.get(job));
    }

    /** The job names, sorted. */
    public String names() {
        return String.join(", ", byName.keySet());
    }
}
