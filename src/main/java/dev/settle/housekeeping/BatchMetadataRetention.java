package dev.settle.housekeeping;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes Spring Batch's rows of job instances that are finished and old: every execution ended before the cut-off
 * and the last one COMPLETED or was ABANDONED, so nothing can run or restart it. Children go first (step contexts,
 * steps, job contexts, parameters, executions, the instance), then the import row outcomes and counts kept per
 * instance.
 */
@Repository
class BatchMetadataRetention {

    private static final String EXPIRED_INSTANCES = """
            SELECT i.JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE i
            WHERE NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
                    AND (e.END_TIME IS NULL OR e.END_TIME >= :cutoff))
              AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID
                    AND e.STATUS IN ('COMPLETED', 'ABANDONED')
                    AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION x
                        WHERE x.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID))
            ORDER BY i.JOB_INSTANCE_ID
            LIMIT :limit
            """;
    private static final String EXECUTIONS = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN (:ids)";
    private static final List<String> DELETES_IN_KEY_ORDER = List.of("""
            DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (SELECT STEP_EXECUTION_ID
                FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (""" + EXECUTIONS + "))",
            "DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + EXECUTIONS + ")",
            "DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + EXECUTIONS + ")",
            "DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + EXECUTIONS + ")",
            "DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN (:ids)",
            "DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID IN (:ids)",
            "DELETE FROM import_row_outcome WHERE job_instance_id IN (:ids)",
            "DELETE FROM import_count WHERE job_instance_id IN (:ids)");

    private final JdbcClient jdbc;

    BatchMetadataRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes up to {@code limit} expired instances, in the caller's transaction; answers how many.
     *
     * @param cutoff in the job repository's own terms: local date-time of this JVM's zone, as Spring Batch writes it
     */
    int deleteExpired(LocalDateTime cutoff, int limit) {
        List<Long> ids = jdbc.sql(EXPIRED_INSTANCES).param("cutoff", cutoff).param("limit", limit).query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            DELETES_IN_KEY_ORDER.forEach(delete -> jdbc.sql(delete).param("ids", ids).update());
        }
        return ids.size();
    }
}
