package dev.settle.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log of scheduled fires ({@code schedule_fire}): one row per schedule and time a fire stood for, taken by one
 * node before it launches anything, so a time is launched once even if two nodes fire it.
 */
@Repository
public class ScheduleFireLog {

    private static final String TAKE = """
            INSERT INTO schedule_fire (schedule_name, fire_time, fired_at, node) VALUES (:name, :time, :now, :node)
            ON CONFLICT DO NOTHING
            """;
    private static final String COUNT_DUPLICATE = """
            UPDATE schedule_fire SET duplicate_fires = duplicate_fires + 1 WHERE schedule_name = :name AND fire_time = :time
            """;
    private static final String FINISH = """
            UPDATE schedule_fire SET outcome = :outcome, finished_at = :now WHERE schedule_name = :name AND fire_time = :time
            """;
    private static final String LAST_TIME = "SELECT MAX(fire_time) FROM schedule_fire WHERE schedule_name = :name";
    private static final String LAST = """
            SELECT fire_time, fired_at, node, outcome, finished_at FROM schedule_fire WHERE schedule_name = :name
            ORDER BY fire_time DESC LIMIT 1
            """;
    private static final String DELETE_BEFORE = "DELETE FROM schedule_fire WHERE fire_time < :cutoff";
    private static final int MAX_OUTCOME = 2000;

    private final JdbcClient jdbc;

    public ScheduleFireLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A fire a node took on.
     *
     * @param outcome what it launched and how that ended; null while it runs (or when its node died)
     */
    public record Fire(Instant fireTime, Instant firedAt, String node, String outcome, Instant finishedAt) {
    }

    /** Takes the fire of {@code name} for {@code time}; false (counted as a duplicate) when a node took it already. */
    boolean take(String name, Instant time, String node, Instant now) {
        if (jdbc.sql(TAKE).param("name", name).param("time", utc(time)).param("now", utc(now)).param("node", node)
                .update() == 1) {
            return true;
        }
        countDuplicate(name, time);
        return false;
    }

    /** Counts one more fire of a time that was taken already (nothing when no node took it). */
    void countDuplicate(String name, Instant time) {
        jdbc.sql(COUNT_DUPLICATE).param("name", name).param("time", utc(time)).update();
    }

    void finish(String name, Instant time, String outcome, Instant now) {
        String text = outcome.length() > MAX_OUTCOME ? outcome.substring(0, MAX_OUTCOME - 1) + "…" : outcome;
        jdbc.sql(FINISH).param("outcome", text).param("now", utc(now)).param("name", name).param("time", utc(time))
                .update();
    }

    /** The latest time taken on for the schedule. */
    Optional<Instant> lastFireTime(String name) {
        return jdbc.sql(LAST_TIME).param("name", name).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant);
    }

    /** The latest fire of the schedule. */
    public Optional<Fire> last(String name) {
        return jdbc.sql(LAST).param("name", name).query((rs, n) -> new Fire(instant(rs.getObject(1, OffsetDateTime.class)),
                instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
                instant(rs.getObject(5, OffsetDateTime.class)))).optional();
    }

    /** Deletes the fires of times before the cut-off; answers how many. */
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.sql(DELETE_BEFORE).param("cutoff", utc(cutoff)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
