package dev.settle.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator views and actions on outbox events: list them, redeliver one or everything since a time. */
@Service
public class WebhookEvents {

    private static final String LIST = """
            SELECT e.id, e.tenant_id, e.event_type, e.delivery_status, e.attempts, e.occurred_at, e.next_attempt_at,
                e.last_result, e.status, p.url, o.order_ref, i.instruction_ref
            FROM webhook_event e JOIN webhook_endpoint p ON p.id = e.endpoint_id
            LEFT JOIN instruction i ON i.id = e.instruction_id
            LEFT JOIN orders o ON o.id = COALESCE(e.order_id, i.order_id)
            """;

    private final JdbcTemplate jdbc;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public WebhookEvents(JdbcTemplate jdbc, WebhookDeliveries deliveries, Clock clock) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** The latest events, newest first, filtered by delivery status and tenant when given. */
    public List<EventSummary> list(DeliveryStatus status, UUID tenantId, int limit) {
        StringBuilder sql = new StringBuilder(LIST).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" AND e.delivery_status = ?");
            params.add(status.name());
        }
        if (tenantId != null) {
            sql.append(" AND e.tenant_id = ?");
            params.add(tenantId);
        }
        sql.append(" ORDER BY e.id DESC LIMIT ?");
        params.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> new EventSummary(rs.getLong("id"),
                rs.getObject("tenant_id", UUID.class), rs.getString("event_type"), rs.getString("order_ref"),
                rs.getString("instruction_ref"), rs.getString("status"), rs.getString("delivery_status"),
                rs.getInt("attempts"), rs.getTimestamp("occurred_at").toInstant(),
                "PENDING".equals(rs.getString("delivery_status")) ? rs.getTimestamp("next_attempt_at").toInstant()
                        : null, rs.getString("url"), rs.getString("last_result")), params.toArray());
    }

    /** Makes one event due now, whatever became of it; IllegalArgumentException when there is none. */
    @Transactional
    public void redeliver(long eventId) {
        if (!deliveries.redeliver(eventId, clock.instant())) {
            throw new IllegalArgumentException("No webhook event " + eventId + "; 'settle webhooks list' shows them");
        }
    }

    /** Makes the DEAD events recorded since {@code since} (and delivered ones too when asked) due now. */
    @Transactional
    public int redeliverSince(Instant since, boolean delivered, UUID tenantId) {
        return deliveries.redeliverSince(since, delivered ? List.of("DEAD", "DELIVERED") : List.of("DEAD"), tenantId,
                clock.instant());
    }

    /** One event as operators see it. */
    public record EventSummary(long id, UUID tenantId, String type, String orderRef, String instructionRef,
            String status, String deliveryStatus, int attempts, Instant occurredAt, Instant nextAttemptAt, String url,
            String lastResult) {
    }

}
