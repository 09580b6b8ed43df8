package dev.settle.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

@PostgresIntegrationTest
class ApiSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JwtEncoder encoder;

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = new ApiClient(port, TestTenants.create(admin));
        api.post("/v2/order-management", Map.of("orderRef", "MINE"));
    }

    @Test
    void noTokenIs401WithTheErrorBody() {
        Response response = api.send(api.anonymous("/v2/order-management/MINE").GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCodes()).containsExactly("UNAUTHORIZED");
        assertThat(response.json().get("correlationId").asString()).isEqualTo(response.header("x-correlation-id"));
    }

    @Test
    void badTokenIs401() {
        Response response = api.send(api.anonymous("/v2/order-management/MINE")
                .header("Authorization", "Bearer not.a.token").GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCodes()).containsExactly("UNAUTHORIZED");
    }

    @Test
    void expiredTokenIs401() {
        IssuedApiKey key = api.key();
        Instant issued = Instant.now().minusSeconds(3600);
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(key.publicKey()).issuedAt(issued)
                .expiresAt(issued.plusSeconds(900)).claim("account_id", key.accountId().toString())
                .claim("tenant_id", key.tenantId().toString()).claim("roles", List.of(Caller.ROLE_ADMIN)).build();
        String expired = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();

        Response response = api.send(api.authorized("/v2/order-management/MINE")
                .setHeader("Authorization", "Bearer " + expired).GET());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("errors").get(0).get("message").asString()).containsIgnoringCase("expired");
    }

    @Test
    void readOnlyKeyCanReadButNotWrite() {
        ApiClient reader = new ApiClient(port, TestTenants.anotherKey(admin, api.key(), Caller.ROLE_READ));

        Response read = reader.get("/v2/order-management/MINE");
        Response write = reader.put("/v2/order-management/MINE/metadata", Map.of("a", "b"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.errorCodes()).containsExactly("FORBIDDEN");
    }

    @Test
    void writeOnlyKeyCannotRead() {
        ApiClient writer = new ApiClient(port, TestTenants.anotherKey(admin, api.key(), Caller.ROLE_WRITE));

        assertThat(writer.get("/v2/order-management/MINE").status()).isEqualTo(403);
        assertThat(writer.post("/v2/order-management", Map.of("orderRef", "W1")).status()).isEqualTo(201);
    }

    @Test
    void tenantHeaderThatDoesNotMatchTheTokenIs403() {
        IssuedApiKey other = TestTenants.create(admin);

        Response wrongTenant = api.send(api.authorized("/v2/order-management/MINE")
                .setHeader("x-tenant-id", other.tenantId().toString()).GET());
        Response wrongAccount = api.send(api.authorized("/v2/order-management/MINE")
                .setHeader("x-account-id", other.accountId().toString()).GET());

        assertThat(wrongTenant.status()).isEqualTo(403);
        assertThat(wrongTenant.errorCodes()).containsExactly("TENANT_MISMATCH");
        assertThat(wrongAccount.status()).isEqualTo(403);
    }

    @Test
    void missingTenantHeaderIs400() {
        Response response = api.send(api.anonymous("/v2/order-management/MINE")
                .header("Authorization", "Bearer " + api.token())
                .header("x-account-id", api.key().accountId().toString()).GET());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("TENANT_ID_IS_REQUIRED");
    }

    @Test
    void correlationIdIsEchoedOrGenerated() {
        Response echoed = api.send(api.authorized("/v2/order-management/MINE").header("x-correlation-id", "abc-123").GET());
        Response generated = api.get("/v2/order-management/NOPE");

        assertThat(echoed.header("x-correlation-id")).isEqualTo("abc-123");
        assertThat(generated.header("x-correlation-id")).isNotBlank();
        assertThat(generated.json().get("correlationId").asString()).isEqualTo(generated.header("x-correlation-id"));
    }
}
