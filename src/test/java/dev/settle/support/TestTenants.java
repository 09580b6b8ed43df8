package dev.settle.support;

import dev.settle.system.security.Caller;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.util.List;
import java.util.UUID;

/** Fresh tenants for tests, so tests sharing a database never see each other's data. */
public final class TestTenants {

    private TestTenants() {
    }

    /** A new tenant with one key holding the roles given (all three when none). */
    public static IssuedApiKey create(TenantAdministration admin, String... roles) {
        String tenant = "t-" + UUID.randomUUID();
        admin.createTenant("acct-" + UUID.randomUUID(), tenant);
        return admin.createApiKey(tenant, roles.length == 0
                ? List.of(Caller.ROLE_READ, Caller.ROLE_WRITE, Caller.ROLE_ADMIN) : List.of(roles));
    }

    /** A new tenant's administrator, as the API would see the caller. */
    public static Caller administrator(TenantAdministration admin) {
        IssuedApiKey key = create(admin);
        return new Caller(key.accountId(), key.tenantId(), key.publicKey(), java.util.Set.of(Caller.ROLE_ADMIN));
    }

    /** Another key for the same tenant as {@code key}. */
    public static IssuedApiKey anotherKey(TenantAdministration admin, IssuedApiKey key, String... roles) {
        return admin.createApiKey(key.tenantId().toString(), List.of(roles));
    }
}
