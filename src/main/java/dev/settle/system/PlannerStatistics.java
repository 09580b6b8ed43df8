package dev.settle.system;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics of tables a job has just changed in bulk, when they are stale. A run
 * that moves a million instructions from one status to another leaves statistics saying the new status is rare:
 * the next statements then scan the status index for rows that are in fact everywhere. Autovacuum catches up
 * eventually (if it is on); a job that depends on the plans now refreshes them itself, for tables with more
 * changes since they were last analyzed than half their rows (and 10,000): often enough to follow a status moving
 * through most rows of a table, rarely enough that a run of many files does not analyze before each one. Nothing
 * is done on other databases.
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final String STALE = """
            SELECT relname FROM pg_stat_user_tables
            WHERE relname = ? AND n_mod_since_analyze > ? + 0.5 * GREATEST(n_live_tup, 0)
            """;

    private static final long DEFAULT_MINIMUM_CHANGES = 10_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())));
    }

    /** Analyzes each of the tables whose statistics are stale; call outside a long transaction. */
    public void refreshStale(List<String> tables) {
        refreshStale(tables, DEFAULT_MINIMUM_CHANGES);
    }

    /**
     * Analyzes each of the tables with more changes since it was last analyzed than half its rows and
     * {@code minimumChanges}: a small table that grows in every chunk of a job needs a lower minimum.
     */
    public void refreshStale(List<String> tables, long minimumChanges) {
        if (!postgres) {
            return;
        }
        for (String table : tables) {
            if (!jdbc.queryForList(STALE, String.class, table, minimumChanges).isEmpty()) {
                long started = System.nanoTime();
                jdbc.execute("ANALYZE " + table);
                log.info("Planner statistics of {} refreshed in {} ms", table, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
