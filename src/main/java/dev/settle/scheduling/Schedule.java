package dev.settle.scheduling;

import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * One trigger as its schedule file describes it.
 *
 * @param name the file's name without {@code .yml}: the trigger's identity in the cluster
 * @param file where it was read from, for messages
 * @param job the job it launches ({@code settlementJob}, …)
 * @param cron a Quartz cron expression (seconds first)
 * @param zone the zone the cron and date expressions are read in
 * @param parameters the job's parameters as written: literals or expressions evaluated at each fire
 * @param enabled a disabled schedule is kept out of the scheduler
 * @param misfire what to do about fire times missed while no node was up
 * @param description free text for operators
 */
public record Schedule(String name, String file, String job, String cron, ZoneId zone, Map<String, String> parameters,
        boolean enabled, MisfirePolicy misfire, String description) {

    public Schedule {
        parameters = Map.copyOf(parameters);
    }

    /** Everything that makes a trigger fire differently; a stored trigger with another fingerprint is replaced. */
    String fingerprint() {
        return job + "|" + cron + "|" + zone.getId() + "|" + new TreeMap<>(parameters) + "|" + misfire;
    }
}
