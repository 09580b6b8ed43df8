package dev.settle.settlement;

import dev.settle.webhook.OutboxSql;
import dev.settle.webhook.WebhookEventType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a tenant's instructions {@code LATE} on a business date: their settledByDate has passed and they are still
 * {@code INCOMPLETE} or {@code READY}, never submitted (SPEC 2.4). A chunk at a time; rows an API change holds are
 * skipped and caught by the next run. A late instruction is submitted later only where its scheme allows late
 * submission; otherwise it waits for an operator.
 */
@Service
public class LateInstructionMarker {

    private static final String LOCK_PASSED = """
            SELECT id FROM instruction
            WHERE tenant_id = :tenant AND status IN ('INCOMPLETE', 'READY') AND settled_by_date < :businessDate
              AND (CAST(:scheme AS VARCHAR(50)) IS NULL OR scheme_id = :scheme)
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
            """;
    private static final String PASSED_FROM = "FROM instruction i";
    private static final String PASSED_WHERE = "WHERE i.id IN (:ids) AND i.status IN ('INCOMPLETE', 'READY')";
    private static final String PASSED_REASON =
            "'settledByDate ' || CAST(i.settled_by_date AS VARCHAR(10)) || ' passed before submission'";
    private static final String RECORD = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            SELECT i.tenant_id, i.id, i.status, 'LATE', TRUE, 'SETTLEMENT_RUN', :causeRef, 'settlementJob', %s, :now
            %s %s
            """.formatted(PASSED_REASON, PASSED_FROM, PASSED_WHERE);
    // A late instruction is both a status change and a missed payment (SPEC 2.4).
    private static final String RECORD_EVENTS = OutboxSql.instructionEvents(new OutboxSql.EventValues("i.tenant_id", "i.id",
            "i.status", "'LATE'", ":causeRef", PASSED_REASON, ":now"), PASSED_FROM, PASSED_WHERE,
            WebhookEventType.INSTRUCTION_STATUS_CHANGED, WebhookEventType.PAYMENT_MISSED);
    private static final String MARK = """
            UPDATE instruction SET status = 'LATE', version = version + 1, last_updated_at = :now
            WHERE id IN (:ids) AND status IN ('INCOMPLETE', 'READY')
            """;

    private static final String TENANTS = "SELECT id FROM tenant ORDER BY id";

    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public LateInstructionMarker(JdbcTemplate jdbc, Clock clock) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** Every tenant, in a stable order: late marking goes through them one by one. */
    public List<UUID> tenants() {
        return named.getJdbcTemplate().queryForList(TENANTS, UUID.class);
    }

    /**
     * Marks up to {@code limit} late instructions, of one scheme or (null) of any; answers how many, 0 when none is
     * left.
     */
    @Transactional
    public int markChunk(UUID tenantId, String schemeId, LocalDate businessDate, long executionId, int limit) {
        List<Long> ids = named.queryForList(LOCK_PASSED, new MapSqlParameterSource().addValue("tenant", tenantId)
                .addValue("scheme", schemeId, java.sql.Types.VARCHAR).addValue("businessDate", businessDate)
                .addValue("limit", limit), Long.class);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, Object> parameters = Map.of("ids", ids, "now", Timestamp.from(clock.instant()),
                "causeRef", "settlementJob:" + executionId + " " + businessDate);
        // The rows are locked by this transaction: the history and the update see the same statuses.
        named.update(RECORD, parameters);
        named.update(RECORD_EVENTS, parameters);
        return named.update(MARK, parameters);
    }
}
