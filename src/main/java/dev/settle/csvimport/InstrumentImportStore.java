package dev.settle.csvimport;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which import created the instruments a chunk names, to tell a repeated id in one file from an old one. */
@Repository
public class InstrumentImportStore {

    private static final String CREATED_BY = """
            SELECT id, created_by_import FROM financial_instrument WHERE tenant_id = :tenant AND id IN (:ids)
            AND created_by_import IS NOT NULL
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public InstrumentImportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Long> createdByImport(UUID tenantId, Collection<UUID> ids) {
        Map<UUID, Long> createdBy = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(CREATED_BY, Map.of("tenant", tenantId, "ids", ids),
                    rs -> { createdBy.put(rs.getObject("id", UUID.class), rs.getLong("created_by_import")); });
        }
        return createdBy;
    }
}
