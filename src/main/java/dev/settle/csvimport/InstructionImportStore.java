package dev.settle.csvimport;

import dev.settle.order.CustomerDefault;
import dev.settle.order.InstructionDraft;
import dev.settle.order.InstructionReferences.InstrumentRef;
import dev.settle.order.InstructionReferences.SchemeRef;
import dev.settle.order.InstructionStatus;
import dev.settle.order.MetadataJson;
import dev.settle.system.PlannerStatistics;
import dev.settle.webhook.OutboxSql;
import dev.settle.webhook.WebhookEventType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import's reads and writes, each one statement (or one JDBC batch) per chunk, never one per row.
 * Lookups are scoped by tenant; batched inserts rely on {@code reWriteBatchedInserts} on PostgreSQL.
 */
@Repository
public class InstructionImportStore {

    private static final String ORDERS = "SELECT id, order_ref FROM orders WHERE tenant_id = :tenant AND order_ref IN (:refs)";
    private static final String INSERT_ORDER = """
            INSERT INTO orders (tenant_id, order_ref, metadata, created_at, last_updated_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String DEFAULTS = """
            SELECT order_id, customer_ref, financial_instrument_id, scheme_id, metadata FROM customer_default
            WHERE order_id IN (:orders)
            """;
    private static final String SCHEMES = "SELECT scheme_id, enabled, directions, currencies FROM scheme WHERE tenant_id = ?";
    private static final String INSTRUMENTS = """
            SELECT id, status, can_credit, can_debit FROM financial_instrument WHERE tenant_id = :tenant AND id IN (:ids)
            """;
    private static final String EXISTING = """
            SELECT id, order_id, instruction_ref, status, created_by_import, customer_ref, direction, amount, currency,
                country, settled_by_date, financial_instrument_id, scheme_id, own_metadata
            FROM instruction WHERE order_id IN (:orders) AND instruction_ref IN (:refs)
            """;
    private static final String INSERT_INSTRUCTION = """
            INSERT INTO instruction (tenant_id, order_id, instruction_ref, customer_ref, direction, amount, currency,
                country, settled_by_date, financial_instrument_id, financial_instrument_source, scheme_id,
                scheme_source, own_metadata, metadata, status, version, created_at, last_updated_at, created_by_import)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String COPY_INSTRUCTIONS = """
            COPY instruction (tenant_id, order_id, instruction_ref, customer_ref, direction, amount, currency, country,
                settled_by_date, financial_instrument_id, financial_instrument_source, scheme_id, scheme_source,
                own_metadata, metadata, status, version, created_at, last_updated_at, created_by_import)
            FROM STDIN WITH (FORMAT csv)
            """;
    private static final String HIGHEST_ID = "SELECT COALESCE(MAX(id), 0) FROM instruction";
    private static final String NEW_ROWS_FROM = "FROM instruction i";
    private static final String NEW_ROWS_WHERE =
            "WHERE i.order_id IN (:orders) AND i.id > :highestBefore AND i.created_by_import = :import";
    private static final String INSERT_HISTORY = """
            INSERT INTO instruction_status_history (tenant_id, instruction_id, from_status, to_status, accepted, cause,
                cause_ref, actor, reason, created_at)
            SELECT i.tenant_id, i.id, NULL, i.status, TRUE, 'IMPORT', :causeRef, 'csvImportJob', NULL, :at
            %s %s
            """.formatted(NEW_ROWS_FROM, NEW_ROWS_WHERE);
    private static final String INSERT_EVENTS = OutboxSql.instructionEvents(new OutboxSql.EventValues("i.tenant_id",
            "i.id", "NULL", "i.status", ":causeRef", "NULL", ":at"), NEW_ROWS_FROM, NEW_ROWS_WHERE,
            WebhookEventType.INSTRUCTION_CREATED);
    private static final String ORDER_EVENTS = OutboxSql.orderCreatedEvents("o.tenant_id", "o.id", ":causeRef", ":at",
            "FROM orders o", "WHERE o.tenant_id = :tenant AND o.order_ref IN (:refs)");

    // Orders are fifty times fewer than instructions: their statistics go stale after fewer changes.
    private static final long ORDER_STATISTICS_CHANGES = 1_000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MetadataJson metadataJson;
    private final PostgresCopy copy;
    private final PlannerStatistics statistics;

    public InstructionImportStore(JdbcTemplate jdbc, MetadataJson metadataJson, PostgresCopy copy,
            PlannerStatistics statistics) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.metadataJson = metadataJson;
        this.copy = copy;
        this.statistics = statistics;
    }

    /**
     * Refreshes the statistics of the orders an import is adding to. Without them the planner takes the tenant as
     * selective and looks orders up by tenant alone, filtering every order of the tenant for each chunk; a large
     * import would slow down as it went.
     */
    void refreshOrderStatistics() {
        statistics.refreshStale(List.of("orders"), ORDER_STATISTICS_CHANGES);
    }

    /** Order ids by ref, for the refs that exist. */
    Map<String, Long> orders(UUID tenantId, Collection<String> refs) {
        Map<String, Long> ids = new HashMap<>();
        if (!refs.isEmpty()) {
            named.query(ORDERS, Map.of("tenant", tenantId, "refs", refs),
                    rs -> { ids.put(rs.getString("order_ref"), rs.getLong("id")); });
        }
        return ids;
    }

    /** Inserts the chunk's new orders and their order-created events. */
    void insertOrders(UUID tenantId, Map<String, Map<String, String>> metadataByRef, String causeRef, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate(INSERT_ORDER, metadataByRef.entrySet().stream()
                .map(e -> new Object[] {tenantId, e.getKey(), metadataJson.write(e.getValue()), at, at}).toList());
        named.update(ORDER_EVENTS, Map.of("tenant", tenantId, "refs", metadataByRef.keySet(), "causeRef", causeRef,
                "at", at));
    }

    /** Customer defaults by order id, then customer ref. */
    Map<Long, Map<String, CustomerDefault>> defaults(Collection<Long> orderIds) {
        Map<Long, Map<String, CustomerDefault>> defaults = new HashMap<>();
        if (!orderIds.isEmpty()) {
            named.query(DEFAULTS, Map.of("orders", orderIds), rs -> {
                defaults.computeIfAbsent(rs.getLong("order_id"), id -> new HashMap<>()).put(rs.getString("customer_ref"),
                        new CustomerDefault(rs.getString("customer_ref"), rs.getObject("financial_instrument_id", UUID.class),
                                rs.getString("scheme_id"), metadataJson.read(rs.getString("metadata"))));
            });
        }
        return defaults;
    }

    Map<String, SchemeRef> schemes(UUID tenantId) {
        Map<String, SchemeRef> schemes = new HashMap<>();
        jdbc.query(SCHEMES, rs -> {
            schemes.put(rs.getString("scheme_id"), SchemeRef.of(rs.getString("scheme_id"), rs.getBoolean("enabled"),
                    rs.getString("directions"), rs.getString("currencies")));
        }, tenantId);
        return schemes;
    }

    Map<UUID, InstrumentRef> instruments(UUID tenantId, Collection<UUID> ids) {
        Map<UUID, InstrumentRef> instruments = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query(INSTRUMENTS, Map.of("tenant", tenantId, "ids", ids), rs -> {
                UUID id = rs.getObject("id", UUID.class);
                instruments.put(id, new InstrumentRef(id, "ACTIVE".equals(rs.getString("status")),
                        rs.getBoolean("can_credit"), rs.getBoolean("can_debit")));
            });
        }
        return instruments;
    }

    /** Stored instructions under the given refs of the given orders, keyed by {@link #key}. */
    Map<String, ExistingInstruction> existing(Collection<Long> orderIds, Collection<String> refs) {
        Map<String, ExistingInstruction> existing = new HashMap<>();
        if (!orderIds.isEmpty() && !refs.isEmpty()) {
            named.query(EXISTING, Map.of("orders", orderIds, "refs", refs), rs -> {
                Object createdBy = rs.getObject("created_by_import");
                ExistingInstruction instruction = new ExistingInstruction(rs.getLong("id"), rs.getLong("order_id"),
                        rs.getString("instruction_ref"), InstructionStatus.valueOf(rs.getString("status")),
                        createdBy == null ? null : ((Number) createdBy).longValue(), rs.getString("customer_ref"),
                        rs.getString("direction"), rs.getBigDecimal("amount"), rs.getString("currency"),
                        rs.getString("country"), rs.getDate("settled_by_date").toLocalDate(),
                        rs.getObject("financial_instrument_id", UUID.class), rs.getString("scheme_id"),
                        metadataJson.read(rs.getString("own_metadata")));
                existing.put(key(instruction.orderId(), instruction.instructionRef()), instruction);
            });
        }
        return existing;
    }

    /**
     * Inserts the chunk's new instructions, their first history line and their instruction-created events. History
     * and events are written set-based: the chunk's rows are exactly this import's rows of the chunk's orders above
     * the highest id committed before the insert, because identity values only grow.
     */
    void insertInstructions(UUID tenantId, long importId, List<NewInstruction> rows, String causeRef, Instant now) {
        Timestamp at = Timestamp.from(now);
        long highestBefore = jdbc.queryForObject(HIGHEST_ID, Long.class);
        List<Object[]> values = rows.stream().map(row -> {
            InstructionDraft d = row.draft();
            return new Object[] {tenantId, row.orderId(), d.instructionRef(), d.customerRef(), d.direction().name(),
                    d.amount(), d.currency(), d.country(), Date.valueOf(d.settledByDate()), d.financialInstrumentId(),
                    d.financialInstrumentSource().name(), d.schemeId(), d.schemeSource().name(),
                    metadataJson.write(d.ownMetadata()), metadataJson.write(d.metadata()), d.completeness().name(), 1, at,
                    at, importId};
        }).toList();
        if (copy.available()) {
            copy.copy(COPY_INSTRUCTIONS, values);
        } else {
            jdbc.batchUpdate(INSERT_INSTRUCTION, values);
        }
        // Looked up through the chunk's orders, so the statement stays an index lookup however large the table.
        Map<String, Object> parameters = Map.of("causeRef", causeRef, "at", at, "highestBefore", highestBefore,
                "import", importId, "orders", rows.stream().map(NewInstruction::orderId).distinct().toList());
        named.update(INSERT_HISTORY, parameters);
        named.update(INSERT_EVENTS, parameters);
    }

    static String key(long orderId, String instructionRef) {
        return orderId + "/" + instructionRef;
    }

    /** A validated row to insert under its order. */
    record NewInstruction(long orderId, InstructionDraft draft) {
    }
}
