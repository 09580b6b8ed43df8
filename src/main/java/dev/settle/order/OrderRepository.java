package dev.settle.order;

import dev.settle.system.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Orders and their customer defaults, always scoped by tenant. */
@Repository
public class OrderRepository {

    private static final String INSERT_ORDER = """
            INSERT INTO orders (tenant_id, order_ref, metadata, created_at, last_updated_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String FIND_ORDER = """
            SELECT id, tenant_id, order_ref, metadata, created_at, last_updated_at
            FROM orders WHERE tenant_id = ? AND order_ref = ?
            """;
    private static final String PAGE_ORDERS = """
            SELECT id, tenant_id, order_ref, metadata, created_at, last_updated_at
            FROM orders WHERE tenant_id = ? ORDER BY id LIMIT ? OFFSET ?
            """;
    private static final String COUNT_ORDERS = "SELECT COUNT(*) FROM orders WHERE tenant_id = ?";
    private static final String UPDATE_METADATA = "UPDATE orders SET metadata = ?, last_updated_at = ? WHERE id = ?";
    private static final String TOUCH = "UPDATE orders SET last_updated_at = ? WHERE id = ?";
    private static final String INSTRUCTION_REFS = "SELECT instruction_ref FROM instruction WHERE order_id = ? ORDER BY id";
    private static final String DELETE_DEFAULT = "DELETE FROM customer_default WHERE order_id = ? AND customer_ref = ?";
    private static final String INSERT_DEFAULT = """
            INSERT INTO customer_default (order_id, customer_ref, financial_instrument_id, scheme_id, metadata)
            VALUES (?, ?, ?, ?, ?)
            """;
    private static final String FIND_DEFAULTS = """
            SELECT customer_ref, financial_instrument_id, scheme_id, metadata FROM customer_default
            WHERE order_id = ? ORDER BY customer_ref
            """;

    private final JdbcClient jdbc;
    private final MetadataJson metadataJson;

    public OrderRepository(JdbcClient jdbc, MetadataJson metadataJson) {
        this.jdbc = jdbc;
        this.metadataJson = metadataJson;
    }

    public long insert(UUID tenantId, String orderRef, Map<String, String> metadata, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_ORDER).params(tenantId, orderRef, metadataJson.write(metadata), utc(now), utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Order> find(UUID tenantId, String orderRef) {
        return jdbc.sql(FIND_ORDER).params(tenantId, orderRef).query(this::order).optional();
    }

    public List<Order> page(UUID tenantId, PageRequest page) {
        return jdbc.sql(PAGE_ORDERS).params(tenantId, page.size(), page.offset()).query(this::order).list();
    }

    public long count(UUID tenantId) {
        return jdbc.sql(COUNT_ORDERS).param(tenantId).query(Long.class).single();
    }

    public void updateMetadata(long orderId, Map<String, String> metadata, Instant now) {
        jdbc.sql(UPDATE_METADATA).params(metadataJson.write(metadata), utc(now), orderId).update();
    }

    public void touch(long orderId, Instant now) {
        jdbc.sql(TOUCH).params(utc(now), orderId).update();
    }

    public List<String> instructionRefs(long orderId) {
        return jdbc.sql(INSTRUCTION_REFS).param(orderId).query(String.class).list();
    }

    public void putDefault(long orderId, CustomerDefault customerDefault) {
        jdbc.sql(DELETE_DEFAULT).params(orderId, customerDefault.customerRef()).update();
        jdbc.sql(INSERT_DEFAULT).params(orderId, customerDefault.customerRef(), customerDefault.financialInstrumentId(),
                customerDefault.schemeId(), metadataJson.write(customerDefault.metadata())).update();
    }

    public Map<String, CustomerDefault> defaults(long orderId) {
        Map<String, CustomerDefault> defaults = new LinkedHashMap<>();
        jdbc.sql(FIND_DEFAULTS).param(orderId).query((rs, row) -> new CustomerDefault(rs.getString("customer_ref"),
                rs.getObject("financial_instrument_id", UUID.class), rs.getString("scheme_id"),
                metadataJson.read(rs.getString("metadata")))).list()
                .forEach(d -> defaults.put(d.customerRef(), d));
        return defaults;
    }

    private Order order(ResultSet rs, int row) throws SQLException {
        return new Order(rs.getLong("id"), rs.getObject("tenant_id", UUID.class), rs.getString("order_ref"),
                metadataJson.read(rs.getString("metadata")), instant(rs, "created_at"), instant(rs, "last_updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
