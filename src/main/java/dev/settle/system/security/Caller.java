package dev.settle.system.security;

import java.util.Set;
import java.util.UUID;

/**
 * The authenticated tenant behind an API request, taken from its access token. Controllers declare a
 * {@code Caller} parameter; every repository query they make is scoped by {@link #tenantId()}.
 *
 * @param accountId the tenant's account
 * @param tenantId the tenant every row read or written must belong to
 * @param identity who acted, for history and audit: the API key's public key
 * @param roles the key's roles
 */
public record Caller(UUID accountId, UUID tenantId, String identity, Set<String> roles) {

    public static final String ROLE_READ = "tenant-transaction-read";
    public static final String ROLE_WRITE = "tenant-transaction-write";
    public static final String ROLE_ADMIN = "tenant-admin";

    /** The roles a key may hold. */
    public static final Set<String> ROLES = Set.of(ROLE_READ, ROLE_WRITE, ROLE_ADMIN);
}
