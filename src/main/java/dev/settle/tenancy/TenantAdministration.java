package dev.settle.tenancy;

import dev.settle.system.security.Caller;
import dev.settle.system.security.PrivateKeyCipher;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator actions on tenants and API keys. */
@Service
public class TenantAdministration {

    private final TenantRepository tenants;
    private final PrivateKeyCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TenantAdministration(TenantRepository tenants, PrivateKeyCipher cipher, Clock clock) {
        this.tenants = tenants;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Creates a tenant under the named account, creating the account on first use. */
    @Transactional
    public Tenant createTenant(String accountName, String tenantName) {
        Instant now = clock.instant();
        UUID accountId = tenants.findAccountId(accountName).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            tenants.insertAccount(id, accountName, now);
            return id;
        });
        Tenant tenant = new Tenant(UUID.randomUUID(), accountId, accountName, tenantName, now);
        tenants.insertTenant(tenant);
        return tenant;
    }

    /** Resolves a tenant by id or unique name; the message says what to do when it cannot. */
    public Tenant resolveTenant(String idOrName) {
        List<Tenant> found = tenants.findByIdOrName(idOrName);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No tenant '" + idOrName + "'; 'settle tenants list' shows them");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("Tenant name '" + idOrName + "' exists in several accounts; give its id");
        }
        return found.get(0);
    }

    /** Creates an API key; the private key is returned here and never again. */
    @Transactional
    public IssuedApiKey createApiKey(String tenantIdOrName, List<String> roles) {
        if (roles.isEmpty() || !Caller.ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("Roles must be among " + Caller.ROLES + ", got " + roles);
        }
        Tenant tenant = resolveTenant(tenantIdOrName);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] publicBytes = new byte[16];
        random.nextBytes(publicBytes);
        String publicKey = HexFormat.of().formatHex(publicBytes);
        tenants.insertApiKey(UUID.randomUUID(), tenant.id(), publicKey, cipher.encrypt(publicKey, secret),
                List.copyOf(roles), clock.instant());
        return new IssuedApiKey(tenant.accountId(), tenant.id(), publicKey,
                Base64.getEncoder().encodeToString(secret), List.copyOf(roles));
    }

    public List<Tenant> listTenants() {
        return tenants.findAll();
    }
}
