package dev.settle.tenancy;

import java.util.List;
import java.util.UUID;

/** A freshly created API key, the only time its private key is shown. */
public record IssuedApiKey(UUID accountId, UUID tenantId, String publicKey, String privateKey, List<String> roles) {

    @Override
    public String toString() {
        return "IssuedApiKey[tenantId=" + tenantId + ", publicKey=" + publicKey + ", roles=" + roles + "]";
    }
}
