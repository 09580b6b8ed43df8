package dev.settle.webhook;

import dev.settle.order.StoredAmount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON body of claimed events: event id, type, time, tenant, refs, what changed, and the snapshot of
 * the instruction and its order as stored when the event is sent, with both metadata maps exactly as stored (the
 * stored JSON text is embedded, never re-typed).
 */
@Component
class WebhookPayloads {

    private static final String LEASED = """
            SELECT e.id, e.endpoint_id, e.tenant_id, t.account_id, e.event_type, e.previous_status, e.status,
                e.reference, e.detail, e.amount AS event_amount, e.occurred_at, e.retry_since, e.attempts, p.url,
                i.id AS instruction_id, i.instruction_ref, i.customer_ref, i.direction, i.amount, i.currency, i.country,
                i.settled_by_date, i.scheme_id, i.status AS instruction_status, i.forecasted_settlement_date,
                i.actual_settlement_date, i.failed_error_code, i.failed_reason, i.metadata AS instruction_metadata,
                o.order_ref, o.metadata AS order_metadata, o.created_at AS order_created_at
            FROM webhook_event e JOIN webhook_endpoint p ON p.id = e.endpoint_id JOIN tenant t ON t.id = e.tenant_id
            LEFT JOIN instruction i ON i.id = e.instruction_id
            LEFT JOIN orders o ON o.id = COALESCE(e.order_id, i.order_id)
            WHERE e.id IN (:ids) AND e.lease_token = :token
            ORDER BY e.id
            """;

    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    WebhookPayloads(NamedParameterJdbcTemplate named, JsonMapper json) {
        this.named = named;
        this.json = json;
    }

    /** The events of {@code ids} still leased under {@code token}, in id order, ready to send. */
    List<Delivery> leased(List<Long> ids, UUID token) {
        return named.query(LEASED, Map.of("ids", ids, "token", token), this::delivery);
    }

    private Delivery delivery(ResultSet rs, int row) throws SQLException {
        ObjectNode body = json.createObjectNode();
        long id = rs.getLong("id");
        String type = rs.getString("event_type");
        body.put("eventId", String.valueOf(id));
        body.put("type", type);
        body.put("timestamp", rs.getTimestamp("occurred_at").toInstant().toEpochMilli());
        body.put("accountId", rs.getObject("account_id", UUID.class).toString());
        body.put("tenantId", rs.getObject("tenant_id", UUID.class).toString());
        body.put("orderRef", rs.getString("order_ref"));
        body.put("instructionRef", rs.getString("instruction_ref"));
        ObjectNode change = body.putObject("change");
        change.put("previousStatus", rs.getString("previous_status"));
        change.put("status", rs.getString("status"));
        change.put("reference", rs.getString("reference"));
        if (WebhookEventType.IMPORT_FINISHED.name().equals(type) && rs.getString("detail") != null) {
            change.set("import", json.readTree(rs.getString("detail")));
        } else {
            change.put("detail", rs.getString("detail"));
        }
        if (rs.getBigDecimal("event_amount") != null) {
            change.put("amount", StoredAmount.of(rs.getBigDecimal("event_amount"), rs.getString("currency"))
                    .toPlainString());
        }
        if (rs.getString("order_ref") != null) {
            ObjectNode order = body.putObject("order");
            order.put("orderRef", rs.getString("order_ref"));
            order.set("metadata", metadata(rs.getString("order_metadata")));
            order.put("created", rs.getTimestamp("order_created_at").toInstant().toEpochMilli());
        }
        if (rs.getString("instruction_ref") != null) {
            body.set("instruction", instruction(rs));
        }
        return new Delivery(id, rs.getObject("endpoint_id", UUID.class), rs.getString("url"), type,
                rs.getInt("attempts"), rs.getTimestamp("retry_since").toInstant(),
                rs.getTimestamp("occurred_at").toInstant(), json.writeValueAsString(body));
    }

    private ObjectNode instruction(ResultSet rs) throws SQLException {
        ObjectNode instruction = json.createObjectNode();
        String currency = rs.getString("currency");
        instruction.put("instructionRef", rs.getString("instruction_ref"));
        instruction.put("orderRef", rs.getString("order_ref"));
        instruction.put("customerRef", rs.getString("customer_ref"));
        instruction.put("direction", rs.getString("direction"));
        instruction.put("amount", StoredAmount.of(rs.getBigDecimal("amount"), currency).toPlainString());
        instruction.put("currency", currency);
        instruction.put("country", rs.getString("country"));
        instruction.put("settledByDate", String.valueOf(rs.getDate("settled_by_date")));
        instruction.put("schemeId", rs.getString("scheme_id"));
        instruction.put("status", rs.getString("instruction_status"));
        instruction.put("forecastedSettlementDate", date(rs, "forecasted_settlement_date"));
        instruction.put("actualSettlementDate", date(rs, "actual_settlement_date"));
        if (rs.getString("failed_error_code") != null || rs.getString("failed_reason") != null) {
            ObjectNode failed = instruction.putObject("failed");
            failed.put("errorCode", rs.getString("failed_error_code"));
            failed.put("reason", rs.getString("failed_reason"));
        }
        instruction.set("metadata", metadata(rs.getString("instruction_metadata")));
        return instruction;
    }

    private JsonNode metadata(String stored) {
        return stored == null || stored.isEmpty() ? json.createObjectNode() : json.readTree(stored);
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toString();
    }

    /** A claimed event with its endpoint and the body to send. */
    record Delivery(long id, UUID endpointId, String url, String type, int attempts, Instant retrySince,
            Instant occurredAt, String body) {
    }
}
