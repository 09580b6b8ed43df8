package dev.settle.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Financial instruments; every query is scoped by tenant. */
@Repository
public class FinancialInstrumentRepository {

    private static final String COLUMNS = """
            id, tenant_id, customer_ref, type, holder_name, iban, bic, mandate_id, mandate_signed_on, sequence_type,
            psp_token, status, can_credit, can_debit, created_at, last_updated_at
            """;
    private static final String INSERT = "INSERT INTO financial_instrument (" + COLUMNS + """
            , created_by_import) VALUES (:id, :tenantId, :customerRef, :type, :holderName, :iban, :bic, :mandateId,
                :mandateSignedOn, :sequenceType, :pspToken, :status, :canCredit, :canDebit, :createdAt, :lastUpdatedAt,
                :createdByImport)
            """;
    private static final String FIND = "SELECT " + COLUMNS + " FROM financial_instrument WHERE tenant_id = :tenantId AND id = :id";
    private static final String FIND_ALL = "SELECT " + COLUMNS
            + " FROM financial_instrument WHERE tenant_id = :tenantId AND id IN (:ids)";
    private static final String PAGE_OF_TENANT = "SELECT " + COLUMNS + """
             FROM financial_instrument WHERE tenant_id = :tenantId
            ORDER BY created_at, id LIMIT :limit OFFSET :offset
            """;
    private static final String PAGE_OF_CUSTOMER = "SELECT " + COLUMNS + """
             FROM financial_instrument WHERE tenant_id = :tenantId AND customer_ref = :customerRef
            ORDER BY created_at, id LIMIT :limit OFFSET :offset
            """;
    private static final String COUNT_OF_TENANT = "SELECT COUNT(*) FROM financial_instrument WHERE tenant_id = :tenantId";
    private static final String COUNT_OF_CUSTOMER = COUNT_OF_TENANT + " AND customer_ref = :customerRef";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    public FinancialInstrumentRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public void insert(FinancialInstrument instrument) {
        insertAll(List.of(instrument), null);
    }

    /** Inserts in one JDBC batch, noting the import (job instance) that created them, or null. */
    public void insertAll(List<FinancialInstrument> instruments, Long createdByImport) {
        new NamedParameterJdbcTemplate(jdbcTemplate).batchUpdate(INSERT, instruments.stream()
                .map(instrument -> parameters(instrument, createdByImport)).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource parameters(FinancialInstrument instrument, Long createdByImport) {
        return new MapSqlParameterSource()
                .addValue("id", instrument.id())
                .addValue("tenantId", instrument.tenantId())
                .addValue("customerRef", instrument.customerRef())
                .addValue("type", instrument.type().name())
                .addValue("holderName", instrument.holderName())
                .addValue("iban", instrument.iban())
                .addValue("bic", instrument.bic())
                .addValue("mandateId", instrument.mandateId())
                .addValue("mandateSignedOn", instrument.mandateSignedOn())
                .addValue("sequenceType", instrument.sequenceType() == null ? null : instrument.sequenceType().name())
                .addValue("pspToken", instrument.pspToken())
                .addValue("status", instrument.status().name())
                .addValue("canCredit", instrument.canCredit())
                .addValue("canDebit", instrument.canDebit())
                .addValue("createdAt", utc(instrument.createdAt()))
                .addValue("lastUpdatedAt", utc(instrument.lastUpdatedAt()))
                .addValue("createdByImport", createdByImport);
    }

    public Optional<FinancialInstrument> find(UUID tenantId, UUID id) {
        return jdbc.sql(FIND).param("tenantId", tenantId).param("id", id)
                .query(FinancialInstrumentRepository::instrument).optional();
    }

    /**
     * The tenant's instruments among {@code ids}, by id, read in one query; ids that are unknown or another
     * tenant's are absent. Each id is one bind parameter, so callers pass chunk-sized collections.
     */
    public Map<UUID, FinancialInstrument> findAll(UUID tenantId, Collection<UUID> ids) {
        Map<UUID, FinancialInstrument> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(FIND_ALL).param("tenantId", tenantId).param("ids", List.copyOf(ids))
                .query(FinancialInstrumentRepository::instrument).list()
                .forEach(instrument -> found.put(instrument.id(), instrument));
        return found;
    }

    /** One page of the tenant's instruments, oldest first, of one customer when {@code customerRef} is given. */
    public List<FinancialInstrument> page(UUID tenantId, String customerRef, long offset, int limit) {
        JdbcClient.StatementSpec statement = customerRef == null ? jdbc.sql(PAGE_OF_TENANT)
                : jdbc.sql(PAGE_OF_CUSTOMER).param("customerRef", customerRef);
        return statement.param("tenantId", tenantId).param("limit", limit).param("offset", offset)
                .query(FinancialInstrumentRepository::instrument).list();
    }

    /** How many instruments the tenant has, of one customer when {@code customerRef} is given. */
    public long count(UUID tenantId, String customerRef) {
        JdbcClient.StatementSpec statement = customerRef == null ? jdbc.sql(COUNT_OF_TENANT)
                : jdbc.sql(COUNT_OF_CUSTOMER).param("customerRef", customerRef);
        return statement.param("tenantId", tenantId).query(Long.class).single();
    }

    private static FinancialInstrument instrument(ResultSet rs, int row) throws SQLException {
        String sequenceType = rs.getString("sequence_type");
        return new FinancialInstrument(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("customer_ref"), InstrumentType.valueOf(rs.getString("type")), rs.getString("holder_name"),
                rs.getString("iban"), rs.getString("bic"), rs.getString("mandate_id"),
                rs.getObject("mandate_signed_on", LocalDate.class),
                sequenceType == null ? null : SequenceType.valueOf(sequenceType), rs.getString("psp_token"),
                InstrumentStatus.valueOf(rs.getString("status")), rs.getBoolean("can_credit"), rs.getBoolean("can_debit"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
