package dev.settle.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code job_execution_owner} rows: which process runs an execution and when it last said it is alive. */
@Repository
public class ExecutionOwners {

    private static final String REGISTER = """
            INSERT INTO job_execution_owner (job_execution_id, job_name, host, pid, process_started_at, instance_id,
                started_at, heartbeat_at)
            VALUES (:id, :job, :host, :pid, :processStartedAt, :instance, :now, :now)
            """;
    private static final String HEARTBEAT = "UPDATE job_execution_owner SET heartbeat_at = :now WHERE instance_id = :instance";
    private static final String RELEASE = "DELETE FROM job_execution_owner WHERE job_execution_id = :id";
    // The heartbeat seen when the execution was judged stale: a later one means its owner is alive after all, a
    // missing row that another node claimed it first.
    private static final String CLAIM = """
            DELETE FROM job_execution_owner
            WHERE job_execution_id = :id AND instance_id = :instance AND heartbeat_at = :heartbeat
            """;
    private static final String RUNNING = """
            SELECT e.job_execution_id, i.job_name, e.status, e.last_updated, o.host, o.pid, o.process_started_at,
                o.instance_id, o.heartbeat_at
            FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            LEFT JOIN job_execution_owner o ON o.job_execution_id = e.job_execution_id
            WHERE e.status IN ('STARTING', 'STARTED', 'STOPPING') AND (:id IS NULL OR e.job_execution_id = :id)
            ORDER BY e.job_execution_id
            """;
    private static final String OWNER = """
            SELECT host, pid, process_started_at, instance_id, heartbeat_at FROM job_execution_owner
            WHERE job_execution_id = :id
            """;
    private static final String LOCK_EXECUTION = """
            SELECT status FROM batch_job_execution WHERE job_execution_id = :id FOR UPDATE
            """;

    private final JdbcClient jdbc;

    public ExecutionOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records this process as the owner of a starting execution. */
    void register(long executionId, String jobName, ProcessIdentity process, Instant now) {
        jdbc.sql(REGISTER).param("id", executionId).param("job", jobName).param("host", process.host())
                .param("pid", process.pid()).param("processStartedAt", utc(process.startedAt()))
                .param("instance", process.instanceId()).param("now", utc(now)).update();
    }

    /** Renews the heartbeat of every execution this process owns; answers how many rows were renewed. */
    int heartbeat(ProcessIdentity process, Instant now) {
        return jdbc.sql(HEARTBEAT).param("now", utc(now)).param("instance", process.instanceId()).update();
    }

    /** Forgets the owner of an execution that ended or was recovered. */
    void release(long executionId) {
        jdbc.sql(RELEASE).param("id", executionId).update();
    }

    /** Takes a stale execution's owner row over; false when its heartbeat moved on or another node took it. */
    boolean claim(long executionId, Owner seen) {
        return jdbc.sql(CLAIM).param("id", executionId).param("instance", seen.instanceId())
                .param("heartbeat", utc(seen.heartbeatAt())).update() == 1;
    }

    /** The recorded owner of an execution, whatever its status. */
    Optional<Owner> owner(long executionId) {
        return jdbc.sql(OWNER).param("id", executionId).query((rs, n) -> new Owner(rs.getString("host"),
                rs.getLong("pid"), instant(rs, "process_started_at"), rs.getString("instance_id"),
                instant(rs, "heartbeat_at"))).optional();
    }

    /** Locks an execution's Spring Batch row until the transaction ends; answers its status then. */
    BatchStatus lockExecution(long executionId) {
        return jdbc.sql(LOCK_EXECUTION).param("id", executionId).query(String.class).optional().map(BatchStatus::valueOf)
                .orElse(null);
    }

    /** Executions marked running, or the one with {@code executionId} (null: all), with their owners if recorded. */
    List<Running> running(Long executionId) {
        return jdbc.sql(RUNNING).param("id", executionId, java.sql.Types.BIGINT).query(this::row).list();
    }

    private Running row(ResultSet rs, int row) throws SQLException {
        String instance = rs.getString("instance_id");
        Owner owner = instance == null ? null : new Owner(rs.getString("host"), rs.getLong("pid"),
                instant(rs, "process_started_at"), instance, instant(rs, "heartbeat_at"));
        return new Running(rs.getLong("job_execution_id"), rs.getString("job_name"),
                BatchStatus.valueOf(rs.getString("status")), rs.getObject("last_updated", LocalDateTime.class), owner);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    // Millisecond precision: the claim compares a heartbeat read back with the stored one.
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    /** The recorded owner of an execution. */
    public record Owner(String host, long pid, Instant processStartedAt, String instanceId, Instant heartbeatAt) {
    }

    /**
     * An execution marked running.
     *
     * @param lastUpdated Spring Batch's last update of the execution, in this JVM's time zone
     * @param owner null when no process recorded itself (a crash before the job's listeners ran)
     */
    public record Running(long executionId, String jobName, BatchStatus status, LocalDateTime lastUpdated,
            Owner owner) {
    }
}
