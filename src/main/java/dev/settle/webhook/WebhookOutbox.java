package dev.settle.webhook;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events to the outbox in the caller's transaction, so an event exists exactly when its change committed.
 * Events are recorded for the tenant's enabled endpoints subscribed to their type at the time of the change; a
 * new endpoint receives the events of changes from its creation on. Set-based job statements use
 * {@link OutboxSql}; the {@code COPY} path of the settlement claim asks {@link #subscribers} once per chunk and
 * adds {@link #row rows} to its own {@code COPY}.
 */
@Repository
public class WebhookOutbox {

    /** The columns of {@link #row}, for a JDBC batch. */
    public static final String INSERT_ROW = """
            INSERT INTO webhook_event (endpoint_id, event_type, tenant_id, instruction_id, previous_status, status,
                reference, occurred_at, delivery_status, attempts, next_attempt_at, retry_since)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    /** The columns of {@link #row}, for PostgreSQL's {@code COPY}. */
    public static final String COPY_ROWS = """
            COPY webhook_event (endpoint_id, event_type, tenant_id, instruction_id, previous_status, status, reference,
                occurred_at, delivery_status, attempts, next_attempt_at, retry_since)
            FROM STDIN WITH (FORMAT csv)
            """;
    private static final String RECORD = """
            INSERT INTO webhook_event (endpoint_id, event_type, tenant_id, order_id, instruction_id, previous_status,
                status, reference, detail, amount, occurred_at, delivery_status, attempts, next_attempt_at, retry_since)
            SELECT w.endpoint_id, w.event_type, w.tenant_id, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?
            FROM webhook_subscription w WHERE w.tenant_id = ? AND w.event_type = ?
            """;
    private static final String SUBSCRIBERS = """
            SELECT endpoint_id FROM webhook_subscription WHERE tenant_id = ? AND event_type = ? ORDER BY endpoint_id
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public WebhookOutbox(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records one event for every endpoint of the tenant subscribed to its type; none when no endpoint is. */
    public void record(UUID tenantId, Event event, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update(RECORD, event.orderId(), event.instructionId(), event.previousStatus(), event.status(),
                event.reference(), truncate(event.detail(), 2000), event.amount(), at, at, at, tenantId,
                event.type().name());
    }

    /** Records that an import job completed, with its counts as the event's detail. */
    public void recordImportFinished(UUID tenantId, ImportFinished finished, Instant now) {
        record(tenantId, new Event(WebhookEventType.IMPORT_FINISHED, null, null, null, "COMPLETED", finished.file(),
                json.writeValueAsString(finished), null), now);
    }

    /** The tenant's endpoints subscribed to the type: one look-up a chunk decides whether it writes events. */
    public List<UUID> subscribers(UUID tenantId, WebhookEventType type) {
        return jdbc.queryForList(SUBSCRIBERS, UUID.class, tenantId, type.name());
    }

    /** The values of an instruction event row in the order of {@link #INSERT_ROW} and {@link #COPY_ROWS}. */
    public static Object[] row(UUID endpointId, WebhookEventType type, UUID tenantId, long instructionId,
            String previousStatus, String status, String reference, Timestamp at) {
        return new Object[] {endpointId, type.name(), tenantId, instructionId, previousStatus, status, reference, at,
                DeliveryStatus.PENDING.name(), 0, at, at};
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * What happened, as recorded: the snapshot of the order or instruction is read at delivery.
     *
     * @param orderId for order events; instruction events find their order through the instruction
     * @param reference what the event is about beyond the instruction: a refund or chargeback id, a file
     * @param detail a reason, or for an import its counts as JSON
     */
    public record Event(WebhookEventType type, Long orderId, Long instructionId, String previousStatus,
            String status, String reference, String detail, BigDecimal amount) {

        public static Event order(WebhookEventType type, long orderId) {
            return new Event(type, orderId, null, null, null, null, null, null);
        }

        public static Event instruction(WebhookEventType type, long instructionId, String previousStatus,
                String status, String reference, String detail) {
            return new Event(type, null, instructionId, previousStatus, status, reference, detail, null);
        }
    }

    /** What an {@link WebhookEventType#IMPORT_FINISHED} event tells about the import. */
    public record ImportFinished(String job, long importId, String file, long stored, long unchanged, long rejected) {
    }
}
