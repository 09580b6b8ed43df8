package dev.settle.execution;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds job executions by job, status and creation time: the job repository only looks executions up by instance,
 * so the operator's list is one query over Spring Batch's tables.
 */
@Repository
public class ExecutionHistory {

    private static final String FIND = """
            SELECT e.job_execution_id FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            WHERE (:job IS NULL OR i.job_name = :job) AND (:status IS NULL OR e.status = :status)
              AND (CAST(:since AS TIMESTAMP) IS NULL OR e.create_time >= :since)
            ORDER BY e.job_execution_id DESC LIMIT :limit
            """;

    private final JdbcClient jdbc;

    public ExecutionHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of the latest executions matching every criterion given (null: any), newest first.
     *
     * @param since created at or after, in this JVM's time zone (Spring Batch's own)
     */
    public List<Long> find(String jobName, BatchStatus status, LocalDateTime since, int limit) {
        return jdbc.sql(FIND).param("job", jobName, Types.VARCHAR)
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("since", since == null ? null : Timestamp.valueOf(since), Types.TIMESTAMP)
                .param("limit", limit).query(Long.class).list();
    }
}
