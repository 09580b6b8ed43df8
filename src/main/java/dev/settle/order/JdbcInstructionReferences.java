package dev.settle.order;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up a tenant's schemes and financial instruments for validation, remembering each answer. */
@Component
public class JdbcInstructionReferences {

    private static final String SCHEME = """
            SELECT scheme_id, enabled, directions, currencies FROM scheme WHERE tenant_id = ? AND scheme_id = ?
            """;
    private static final String INSTRUMENT = """
            SELECT id, status, can_credit, can_debit FROM financial_instrument WHERE tenant_id = ? AND id = ?
            """;

    private final JdbcClient jdbc;

    public JdbcInstructionReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** References of one tenant; answers are cached for the life of the returned object (one request). */
    public InstructionReferences forTenant(UUID tenantId) {
        Map<String, Optional<InstructionReferences.SchemeRef>> schemes = new HashMap<>();
        Map<UUID, Optional<InstructionReferences.InstrumentRef>> instruments = new HashMap<>();
        return new InstructionReferences() {
            @Override
            public Optional<SchemeRef> scheme(String schemeId) {
                return schemes.computeIfAbsent(schemeId, id -> jdbc.sql(SCHEME).params(tenantId, id)
                        .query((rs, row) -> SchemeRef.of(rs.getString("scheme_id"), rs.getBoolean("enabled"),
                                rs.getString("directions"), rs.getString("currencies")))
                        .optional());
            }

            @Override
            public Optional<InstrumentRef> instrument(UUID id) {
                return instruments.computeIfAbsent(id, key -> jdbc.sql(INSTRUMENT).params(tenantId, key)
                        .query((rs, row) -> new InstrumentRef(rs.getObject("id", UUID.class),
                                "ACTIVE".equals(rs.getString("status")), rs.getBoolean("can_credit"),
                                rs.getBoolean("can_debit")))
                        .optional());
            }
        };
    }
}
