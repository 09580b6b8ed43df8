package dev.settle.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Endpoints and the subscription rows the outbox joins, always written together. */
@Repository
class WebhookEndpointRepository {

    private static final String INSERT = """
            INSERT INTO webhook_endpoint (id, tenant_id, url, secret_cipher, event_types, enabled, created_at,
                last_updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE = """
            UPDATE webhook_endpoint SET url = ?, event_types = ?, enabled = ?, last_updated_at = ?
            WHERE id = ? AND tenant_id = ?
            """;
    private static final String COLUMNS = "SELECT id, tenant_id, url, event_types, enabled, created_at, last_updated_at"
            + " FROM webhook_endpoint";
    private static final String FIND = COLUMNS + " WHERE id = ? AND tenant_id = ?";
    private static final String FOR_TENANT = COLUMNS + " WHERE tenant_id = ? ORDER BY created_at, id";
    private static final String ALL = COLUMNS + " ORDER BY tenant_id, created_at, id";
    private static final String SECRET = "SELECT secret_cipher FROM webhook_endpoint WHERE id = ?";
    private static final String CLEAR_SUBSCRIPTIONS = "DELETE FROM webhook_subscription WHERE endpoint_id = ?";
    private static final String SUBSCRIBE = """
            INSERT INTO webhook_subscription (tenant_id, event_type, endpoint_id) VALUES (?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    WebhookEndpointRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookEndpoint endpoint, String secretCipher) {
        Timestamp at = Timestamp.from(endpoint.createdAt());
        jdbc.update(INSERT, endpoint.id(), endpoint.tenantId(), endpoint.url(), secretCipher,
                names(endpoint.eventTypes()), endpoint.enabled(), at, at);
        subscribe(endpoint);
    }

    boolean update(WebhookEndpoint endpoint, Instant now) {
        boolean updated = jdbc.update(UPDATE, endpoint.url(), names(endpoint.eventTypes()), endpoint.enabled(),
                Timestamp.from(now), endpoint.id(), endpoint.tenantId()) == 1;
        if (updated) {
            subscribe(endpoint);
        }
        return updated;
    }

    Optional<WebhookEndpoint> find(UUID tenantId, UUID id) {
        return jdbc.query(FIND, this::endpoint, id, tenantId).stream().findFirst();
    }

    List<WebhookEndpoint> list(UUID tenantId) {
        return tenantId == null ? jdbc.query(ALL, this::endpoint) : jdbc.query(FOR_TENANT, this::endpoint, tenantId);
    }

    String secretCipher(UUID id) {
        return jdbc.queryForObject(SECRET, String.class, id);
    }

    // Only an enabled endpoint has subscription rows: the outbox statements need look at nothing else.
    private void subscribe(WebhookEndpoint endpoint) {
        jdbc.update(CLEAR_SUBSCRIPTIONS, endpoint.id());
        if (endpoint.enabled()) {
            jdbc.batchUpdate(SUBSCRIBE, endpoint.eventTypes().stream()
                    .map(t -> new Object[] {endpoint.tenantId(), t.name(), endpoint.id()}).toList());
        }
    }

    private WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("url"), WebhookEventType.parse(Arrays.asList(rs.getString("event_types").split(","))),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_updated_at").toInstant());
    }

    private static String names(List<WebhookEventType> types) {
        return String.join(",", types.stream().map(Enum::name).toList());
    }
}
