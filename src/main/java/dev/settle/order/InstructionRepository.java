package dev.settle.order;

import static dev.settle.order.OrderRepository.instant;
import static dev.settle.order.OrderRepository.utc;

import dev.settle.system.web.PageRequest;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Instructions, always scoped by tenant. Every change is guarded by the row's {@code version} (and status),
 * so a concurrent change is detected rather than overwritten.
 */
@Repository
public class InstructionRepository {

    private static final String COLUMNS = """
            i.id, i.tenant_id, i.order_id, o.order_ref, i.instruction_ref, i.customer_ref, i.direction, i.amount,
            i.currency, i.country, i.settled_by_date, i.financial_instrument_id, i.financial_instrument_source,
            i.scheme_id, i.scheme_source, i.own_metadata, i.metadata, i.status, i.version,
            i.forecasted_settlement_date, i.actual_settlement_date, i.execution_timestamp, i.failed_at,
            i.failed_error_code, i.failed_reason, i.cancelled_at, i.cancelled_identity, i.cancelled_reason,
            i.created_at, i.last_updated_at
            FROM instruction i JOIN orders o ON o.id = i.order_id
            """;
    private static final String INSERT = """
            INSERT INTO instruction (tenant_id, order_id, instruction_ref, customer_ref, direction, amount, currency,
                country, settled_by_date, financial_instrument_id, financial_instrument_source, scheme_id,
                scheme_source, own_metadata, metadata, status, version, created_at, last_updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """;
    private static final String FIND = "SELECT " + COLUMNS
            + " WHERE i.tenant_id = ? AND o.order_ref = ? AND i.instruction_ref = ?";
    private static final String FIND_FOR_CUSTOMER = "SELECT " + COLUMNS
            + " WHERE i.order_id = ? AND i.customer_ref = ? ORDER BY i.id";
    private static final String UPDATE = """
            UPDATE instruction SET direction = ?, amount = ?, currency = ?, country = ?, settled_by_date = ?,
                financial_instrument_id = ?, financial_instrument_source = ?, scheme_id = ?, scheme_source = ?,
                own_metadata = ?, metadata = ?, status = ?, version = version + 1, last_updated_at = ?
            WHERE id = ? AND version = ? AND status = ?
            """;
    private static final String CANCEL = """
            UPDATE instruction SET status = 'CANCELLED', cancelled_at = ?, cancelled_identity = ?, cancelled_reason = ?,
                version = version + 1, last_updated_at = ?
            WHERE id = ? AND version = ? AND status = ?
            """;

    private final JdbcClient jdbc;
    private final MetadataJson metadataJson;

    public InstructionRepository(JdbcClient jdbc, MetadataJson metadataJson) {
        this.jdbc = jdbc;
        this.metadataJson = metadataJson;
    }

    public long insert(UUID tenantId, long orderId, InstructionDraft draft, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(tenantId, orderId, draft.instructionRef(), draft.customerRef(),
                draft.direction().name(), draft.amount(), draft.currency(), draft.country(),
                Date.valueOf(draft.settledByDate()), draft.financialInstrumentId(),
                draft.financialInstrumentSource().name(), draft.schemeId(), draft.schemeSource().name(),
                metadataJson.write(draft.ownMetadata()), metadataJson.write(draft.metadata()),
                draft.completeness().name(), utc(now), utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Instruction> find(UUID tenantId, String orderRef, String instructionRef) {
        return jdbc.sql(FIND).params(tenantId, orderRef, instructionRef).query(this::instruction).optional();
    }

    public List<Instruction> findForCustomer(long orderId, String customerRef) {
        return jdbc.sql(FIND_FOR_CUSTOMER).params(orderId, customerRef).query(this::instruction).list();
    }

    /**
     * Stores the changed values and status if nobody changed the row since {@code current} was read.
     *
     * @return false when the row moved on meanwhile (version or status differ)
     */
    public boolean update(Instruction current, Instruction changed, Instant now) {
        return jdbc.sql(UPDATE).params(changed.direction().name(), changed.amount(), changed.currency(),
                changed.country(), Date.valueOf(changed.settledByDate()), changed.financialInstrumentId(),
                changed.financialInstrumentSource().name(), changed.schemeId(), changed.schemeSource().name(),
                metadataJson.write(changed.ownMetadata()), metadataJson.write(changed.metadata()),
                changed.status().name(), utc(now), current.id(), current.version(), current.status().name())
                .update() == 1;
    }

    /** Cancels if nobody changed the row since {@code current} was read; false otherwise. */
    public boolean cancel(Instruction current, String identity, String reason, Instant now) {
        return jdbc.sql(CANCEL).params(utc(now), identity, reason, utc(now), current.id(), current.version(),
                current.status().name()).update() == 1;
    }

    /** A page of the tenant's instructions, filtered by whichever criteria are given. */
    public List<Instruction> page(UUID tenantId, InstructionFilter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(tenantId, filter, params);
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY i.id LIMIT ? OFFSET ?").params(params)
                .query(this::instruction).list();
    }

    public long count(UUID tenantId, InstructionFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(tenantId, filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM instruction i JOIN orders o ON o.id = i.order_id" + where)
                .params(params).query(Long.class).single();
    }

    private static String where(UUID tenantId, InstructionFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE i.tenant_id = ?");
        params.add(tenantId);
        if (filter.status() != null) {
            where.append(" AND i.status = ?");
            params.add(filter.status().name());
        }
        if (filter.schemeId() != null) {
            where.append(" AND i.scheme_id = ?");
            params.add(filter.schemeId());
        }
        if (filter.orderRef() != null) {
            where.append(" AND o.order_ref = ?");
            params.add(filter.orderRef());
        }
        if (filter.settledFrom() != null) {
            where.append(" AND i.settled_by_date >= ?");
            params.add(Date.valueOf(filter.settledFrom()));
        }
        if (filter.settledTo() != null) {
            where.append(" AND i.settled_by_date <= ?");
            params.add(Date.valueOf(filter.settledTo()));
        }
        return where.toString();
    }

    private Instruction instruction(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        Instant failedAt = instant(rs, "failed_at");
        Instant cancelledAt = instant(rs, "cancelled_at");
        return new Instruction(rs.getLong("id"), rs.getObject("tenant_id", UUID.class), rs.getLong("order_id"),
                rs.getString("order_ref"), rs.getString("instruction_ref"), rs.getString("customer_ref"),
                Direction.valueOf(rs.getString("direction")), money(rs.getBigDecimal("amount"), currency), currency,
                rs.getString("country"), date(rs, "settled_by_date"), rs.getObject("financial_instrument_id", UUID.class),
                ValueSource.valueOf(rs.getString("financial_instrument_source")), rs.getString("scheme_id"),
                ValueSource.valueOf(rs.getString("scheme_source")), metadataJson.read(rs.getString("own_metadata")),
                metadataJson.read(rs.getString("metadata")), InstructionStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), date(rs, "forecasted_settlement_date"), date(rs, "actual_settlement_date"),
                instant(rs, "execution_timestamp"),
                failedAt == null ? null : new Instruction.Failure(failedAt, rs.getString("failed_error_code"),
                        rs.getString("failed_reason")),
                cancelledAt == null ? null : new Instruction.Cancellation(cancelledAt,
                        rs.getString("cancelled_identity"), rs.getString("cancelled_reason")),
                instant(rs, "created_at"), instant(rs, "last_updated_at"));
    }

    /** Stored amounts carry three decimals; answer with the currency's own minor units. */
    static BigDecimal money(BigDecimal stored, String currency) {
        return StoredAmount.of(stored, currency);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
