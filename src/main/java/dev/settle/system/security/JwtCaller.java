package dev.settle.system.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claims our access tokens carry, and the {@link Caller} they describe. */
final class JwtCaller {

    static final String ACCOUNT_CLAIM = "account_id";
    static final String TENANT_CLAIM = "tenant_id";
    static final String ROLES_CLAIM = "roles";

    private JwtCaller() {
    }

    static Caller from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return new Caller(UUID.fromString(jwt.getClaimAsString(ACCOUNT_CLAIM)),
                UUID.fromString(jwt.getClaimAsString(TENANT_CLAIM)), jwt.getSubject(),
                new LinkedHashSet<>(roles == null ? List.of() : roles));
    }
}
