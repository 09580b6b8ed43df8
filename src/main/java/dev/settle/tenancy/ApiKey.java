package dev.settle.tenancy;

import java.util.Set;
import java.util.UUID;

/** A stored API key; the private key is only held encrypted. */
public record ApiKey(UUID id, UUID tenantId, UUID accountId, String publicKey, String privateKeyCipher,
        Set<String> roles, boolean revoked) {
}
