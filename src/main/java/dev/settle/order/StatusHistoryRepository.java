package dev.settle.order;

import static dev.settle.order.OrderRepository.instant;
import static dev.settle.order.OrderRepository.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only status history of instructions: accepted moves and refused attempts alike. */
@Repository
public class StatusHistoryRepository {

    private static final String INSERT = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String FIND = """
            SELECT from_status, to_status, accepted, cause, cause_ref, actor, reason, created_at
            FROM instruction_status_history WHERE instruction_id = ? ORDER BY id
            """;

    private final JdbcClient jdbc;

    public StatusHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID tenantId, long instructionId, InstructionStatus from, InstructionStatus to,
            boolean accepted, StatusChange change, Instant now) {
        jdbc.sql(INSERT).params(tenantId, instructionId, from == null ? null : from.name(), to.name(), accepted,
                change.cause().name(), change.causeRef(), change.actor(), change.reason(), utc(now)).update();
    }

    public List<StatusHistoryEntry> find(long instructionId) {
        return jdbc.sql(FIND).param(instructionId).query((rs, row) -> new StatusHistoryEntry(
                rs.getString("from_status") == null ? null : InstructionStatus.valueOf(rs.getString("from_status")),
                InstructionStatus.valueOf(rs.getString("to_status")), rs.getBoolean("accepted"),
                StatusCause.valueOf(rs.getString("cause")), rs.getString("cause_ref"), rs.getString("actor"),
                rs.getString("reason"), instant(rs, "created_at"))).list();
    }

    /** One line of the history. */
    public record StatusHistoryEntry(InstructionStatus from, InstructionStatus to, boolean accepted, StatusCause cause,
            String causeRef, String actor, String reason, Instant at) {
    }
}
