package dev.settle.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The delivery state of outbox events. A dispatcher claims due events with {@code FOR UPDATE SKIP LOCKED} and
 * leases them under a token of its own, so two dispatchers never hold one event at the same time; every outcome is
 * recorded only under that token, so a dispatcher whose lease ran out cannot overwrite its successor's.
 */
@Repository
class WebhookDeliveries {

    // An event waits while an earlier one for the same endpoint and instruction is neither delivered nor dead.
    private static final String LOCK_DUE = """
            SELECT e.id FROM webhook_event e
            WHERE e.delivery_status = 'PENDING' AND e.next_attempt_at <= :now
              AND (e.lease_until IS NULL OR e.lease_until <= :now)
              AND NOT EXISTS (SELECT 1 FROM webhook_event p WHERE p.endpoint_id = e.endpoint_id
                  AND p.instruction_id = e.instruction_id AND p.id < e.id AND p.delivery_status = 'PENDING')
            ORDER BY e.id LIMIT :limit FOR UPDATE SKIP LOCKED
            """;
    private static final String LEASE = """
            UPDATE webhook_event SET lease_token = :token, lease_until = :until WHERE id IN (:ids)
            """;
    private static final String DELIVERED = """
            UPDATE webhook_event SET delivery_status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?,
                last_attempt_at = ?, last_result = ?, lease_token = NULL, lease_until = NULL
            WHERE id = ? AND lease_token = ?
            """;
    private static final String FAILED = """
            UPDATE webhook_event SET delivery_status = ?, attempts = attempts + 1, next_attempt_at = ?,
                last_attempt_at = ?, last_result = ?, lease_token = NULL, lease_until = NULL
            WHERE id = ? AND lease_token = ?
            """;
    private static final String REDELIVER = """
            UPDATE webhook_event SET delivery_status = 'PENDING', attempts = 0, next_attempt_at = :now,
                retry_since = :now, lease_token = NULL, lease_until = NULL, delivered_at = NULL
            """;
    private static final String COUNT = "SELECT COUNT(*) FROM webhook_event WHERE delivery_status = ?";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Locks and leases up to {@code limit} due events, oldest first; call in a transaction. */
    List<Long> claim(UUID token, Instant now, Instant leaseUntil, int limit) {
        List<Long> ids = named.queryForList(LOCK_DUE, new MapSqlParameterSource("now", Timestamp.from(now))
                .addValue("limit", limit), Long.class);
        if (!ids.isEmpty()) {
            named.update(LEASE, Map.of("token", token, "until", Timestamp.from(leaseUntil), "ids", ids));
        }
        return ids;
    }

    boolean delivered(long id, UUID token, Instant now, String result) {
        Timestamp at = Timestamp.from(now);
        return jdbc.update(DELIVERED, at, at, truncate(result), id, token) == 1;
    }

    /** Records a failed attempt: due again at {@code next}, or DEAD when {@code next} is null. */
    boolean failed(long id, UUID token, Instant now, Instant next, String result) {
        return jdbc.update(FAILED, next == null ? "DEAD" : "PENDING", Timestamp.from(next == null ? now : next),
                Timestamp.from(now), truncate(result), id, token) == 1;
    }

    /** Makes one event due again now, whatever became of it; false when there is no such event. */
    boolean redeliver(long id, Instant now) {
        return named.update(REDELIVER + " WHERE id = :id", Map.of("now", Timestamp.from(now), "id", id)) == 1;
    }

    /** Makes the events recorded since {@code since} with one of the statuses due again; answers how many. */
    int redeliverSince(Instant since, List<String> statuses, UUID tenantId, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource("now", Timestamp.from(now))
                .addValue("since", Timestamp.from(since)).addValue("statuses", statuses)
                .addValue("tenant", tenantId);
        String where = " WHERE occurred_at >= :since AND delivery_status IN (:statuses)"
                + (tenantId == null ? "" : " AND tenant_id = :tenant");
        return named.update(REDELIVER + where, p);
    }

    long count(String status) {
        return jdbc.queryForObject(COUNT, Long.class, status);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }
}
