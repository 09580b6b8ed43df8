package dev.settle.schemeconfig;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scheme configurations, keyed by tenant and scheme id. Currencies and directions are stored as comma-separated
 * text, settings as a JSON object in text (portable between PostgreSQL and H2).
 */
@Repository
public class SchemeRepository {

    private static final String COLUMNS = """
            tenant_id, scheme_id, name, writer_type, currencies, directions, calendar, lead_time_days, cut_off_time,
            cut_off_zone, late_submission_allowed, max_items_per_file, settings, enabled, created_at
            """;
    private static final String INSERT = "INSERT INTO scheme (" + COLUMNS + """
            ) VALUES (:tenantId, :schemeId, :name, :writerType, :currencies, :directions, :calendar, :leadTimeDays,
                :cutOffTime, :cutOffZone, :lateSubmissionAllowed, :maxItemsPerFile, :settings, :enabled, :createdAt)
            """;
    private static final String UPDATE = """
            UPDATE scheme SET name = :name, writer_type = :writerType, currencies = :currencies,
                directions = :directions, calendar = :calendar, lead_time_days = :leadTimeDays,
                cut_off_time = :cutOffTime, cut_off_zone = :cutOffZone, late_submission_allowed = :lateSubmissionAllowed,
                max_items_per_file = :maxItemsPerFile, settings = :settings, enabled = :enabled
            WHERE tenant_id = :tenantId AND scheme_id = :schemeId
            """;
    private static final String FIND = "SELECT " + COLUMNS + " FROM scheme WHERE tenant_id = :tenantId AND scheme_id = :schemeId";
    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM scheme WHERE tenant_id = :tenantId ORDER BY scheme_id";
    private static final String FIND_ENABLED = "SELECT " + COLUMNS
            + " FROM scheme WHERE enabled = TRUE ORDER BY tenant_id, scheme_id";
    private static final String WRITER_TYPES = "SELECT tenant_id, scheme_id, writer_type FROM scheme";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    public SchemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new scheme; refuses a scheme id the tenant already has with {@link SchemeAlreadyExistsException}. */
    public void insert(SchemeConfig scheme) {
        try {
            bind(jdbc.sql(INSERT), scheme).param("createdAt", scheme.createdAt().atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            throw new SchemeAlreadyExistsException(scheme.tenantId(), scheme.schemeId(), e);
        }
    }

    /** Replaces everything but the creation time; {@code false} when the tenant has no such scheme. */
    public boolean update(SchemeConfig scheme) {
        return bind(jdbc.sql(UPDATE), scheme).update() == 1;
    }

    public Optional<SchemeConfig> find(UUID tenantId, String schemeId) {
        return jdbc.sql(FIND).param("tenantId", tenantId).param("schemeId", schemeId)
                .query(SchemeRepository::scheme).optional();
    }

    /** The tenant's schemes, by scheme id. */
    public List<SchemeConfig> findAll(UUID tenantId) {
        return jdbc.sql(FIND_ALL).param("tenantId", tenantId).query(SchemeRepository::scheme).list();
    }

    /** Every tenant's enabled schemes, by tenant and scheme id: what a settlement run submits to. */
    public List<SchemeConfig> findEnabled() {
        return jdbc.sql(FIND_ENABLED).query(SchemeRepository::scheme).list();
    }

    /** The writer type of every stored scheme, keyed {@code <tenantId>/<schemeId>}. */
    public Map<String, String> writerTypes() {
        Map<String, String> types = new java.util.TreeMap<>();
        jdbc.sql(WRITER_TYPES).query(rs -> {
            types.put(rs.getString("tenant_id") + "/" + rs.getString("scheme_id"), rs.getString("writer_type"));
        });
        return types;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SchemeConfig scheme) {
        return statement.param("tenantId", scheme.tenantId())
                .param("schemeId", scheme.schemeId())
                .param("name", scheme.name())
                .param("writerType", scheme.writerType())
                .param("currencies", String.join(",", scheme.currencies()))
                .param("directions", String.join(",", scheme.directions()))
                .param("calendar", scheme.calendar())
                .param("leadTimeDays", scheme.leadTimeDays())
                .param("cutOffTime", scheme.cutOffTime())
                .param("cutOffZone", scheme.cutOffZone().getId())
                .param("lateSubmissionAllowed", scheme.lateSubmissionAllowed())
                .param("maxItemsPerFile", scheme.maxItemsPerFile())
                .param("settings", JSON.writeValueAsString(scheme.settings()))
                .param("enabled", scheme.enabled());
    }

    private static SchemeConfig scheme(ResultSet rs, int row) throws SQLException {
        return new SchemeConfig(rs.getObject("tenant_id", UUID.class), rs.getString("scheme_id"), rs.getString("name"),
                rs.getString("writer_type"), split(rs.getString("currencies")), split(rs.getString("directions")),
                rs.getString("calendar"), rs.getInt("lead_time_days"), rs.getObject("cut_off_time", LocalTime.class),
                ZoneId.of(rs.getString("cut_off_zone")), rs.getBoolean("late_submission_allowed"),
                rs.getInt("max_items_per_file"), JSON.readValue(rs.getString("settings"), SETTINGS),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Set<String> split(String text) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).collect(Collectors.toSet());
    }
}
