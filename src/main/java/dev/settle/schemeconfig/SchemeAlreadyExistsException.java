package dev.settle.schemeconfig;

import java.util.UUID;

/** A scheme id the tenant already uses; scheme ids are unique per tenant. */
public class SchemeAlreadyExistsException extends IllegalStateException {

    public SchemeAlreadyExistsException(UUID tenantId, String schemeId, Throwable cause) {
        super("Scheme '" + schemeId + "' already exists for tenant " + tenantId + "; 'settle schemes list' shows it",
                cause);
    }
}
