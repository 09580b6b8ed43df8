package dev.settle.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, tenants and API keys. */
@Repository
public class TenantRepository {

    private static final String FIND_ACCOUNT = "SELECT id FROM account WHERE name = ?";
    private static final String INSERT_ACCOUNT = "INSERT INTO account (id, name, created_at) VALUES (?, ?, ?)";
    private static final String INSERT_TENANT = "INSERT INTO tenant (id, account_id, name, created_at) VALUES (?, ?, ?, ?)";
    private static final String SELECT_TENANTS = """
            SELECT t.id, t.account_id, a.name AS account_name, t.name, t.created_at
            FROM tenant t JOIN account a ON a.id = t.account_id
            """;
    private static final String INSERT_API_KEY = """
            INSERT INTO api_key (id, tenant_id, public_key, private_key_cipher, roles, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String FIND_API_KEY = """
            SELECT k.id, k.tenant_id, t.account_id, k.public_key, k.private_key_cipher, k.roles, k.revoked_at
            FROM api_key k JOIN tenant t ON t.id = k.tenant_id
            WHERE k.public_key = ?
            """;

    private final JdbcClient jdbc;

    public TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> findAccountId(String name) {
        return jdbc.sql(FIND_ACCOUNT).param(name).query(UUID.class).optional();
    }

    public void insertAccount(UUID id, String name, Instant now) {
        jdbc.sql(INSERT_ACCOUNT).params(id, name, utc(now)).update();
    }

    public void insertTenant(Tenant tenant) {
        jdbc.sql(INSERT_TENANT).params(tenant.id(), tenant.accountId(), tenant.name(), utc(tenant.createdAt())).update();
    }

    public List<Tenant> findAll() {
        return jdbc.sql(SELECT_TENANTS + " ORDER BY a.name, t.name").query(TenantRepository::tenant).list();
    }

    /** A tenant by id, or by name when the name is unique across accounts. */
    public List<Tenant> findByIdOrName(String idOrName) {
        UUID id = parseUuid(idOrName);
        if (id != null) {
            return jdbc.sql(SELECT_TENANTS + " WHERE t.id = ?").param(id).query(TenantRepository::tenant).list();
        }
        return jdbc.sql(SELECT_TENANTS + " WHERE t.name = ?").param(idOrName).query(TenantRepository::tenant).list();
    }

    public void insertApiKey(UUID id, UUID tenantId, String publicKey, String privateKeyCipher, List<String> roles,
            Instant now) {
        jdbc.sql(INSERT_API_KEY).params(id, tenantId, publicKey, privateKeyCipher, String.join(",", roles), utc(now))
                .update();
    }

    public Optional<ApiKey> findApiKey(String publicKey) {
        return jdbc.sql(FIND_API_KEY).param(publicKey).query((rs, row) -> new ApiKey(
                rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getString("public_key"),
                rs.getString("private_key_cipher"),
                new LinkedHashSet<>(Arrays.asList(rs.getString("roles").split(","))),
                rs.getObject("revoked_at", OffsetDateTime.class) != null)).optional();
    }

    private static Tenant tenant(ResultSet rs, int row) throws SQLException {
        return new Tenant(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("account_name"), rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
