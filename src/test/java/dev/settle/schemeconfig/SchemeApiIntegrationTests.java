package dev.settle.schemeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PostgresIntegrationTest
class SchemeApiIntegrationTests {

    static final Instant CREATED = Instant.parse("2026-11-21T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    SchemeRepository schemes;

    static SchemeConfig scheme(UUID tenant, String schemeId, Map<String, String> settings) {
        return new SchemeConfig(tenant, schemeId, "Scheme " + schemeId, "SEPA_SCT", Set.of("EUR"), Set.of("CREDIT"),
                "TARGET2", 1, LocalTime.of(14, 0), ZoneId.of("Europe/Brussels"), false, 10_000, settings, true, CREATED);
    }

    @Test
    void listsTheCallersSchemesWithoutSecretSettings() {
        IssuedApiKey key = TestTenants.create(admin);
        IssuedApiKey otherKey = TestTenants.create(admin);
        schemes.insert(scheme(key.tenantId(), "sct-main", Map.of("originatorIban", "DE89370400440532013000",
                "originatorName", "ACME", "apiKey", "sk_live_1", "clientSecret", "s3cr3t", "credentialRef", "vault:x")));
        schemes.insert(scheme(key.tenantId(), "sct-backup", Map.of()));
        schemes.insert(scheme(otherKey.tenantId(), "sct-other", Map.of()));

        Response response = new ApiClient(port, key).get("/v2/schemes");

        assertThat(response.status()).isEqualTo(200);
        JsonNode list = response.json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("schemeId").asString()).isEqualTo("sct-backup");
        JsonNode main = list.get(1);
        assertThat(main.get("schemeId").asString()).isEqualTo("sct-main");
        assertThat(main.get("writerType").asString()).isEqualTo("SEPA_SCT");
        assertThat(main.get("currencies").get(0).asString()).isEqualTo("EUR");
        assertThat(main.get("directions").get(0).asString()).isEqualTo("CREDIT");
        assertThat(main.get("calendar").asString()).isEqualTo("TARGET2");
        assertThat(main.get("leadTimeDays").asInt()).isEqualTo(1);
        assertThat(main.get("cutOffTime").asString()).isEqualTo("14:00");
        assertThat(main.get("cutOffZone").asString()).isEqualTo("Europe/Brussels");
        assertThat(main.get("created").asLong()).isEqualTo(CREATED.toEpochMilli());
        assertThat(main.get("settings").propertyNames()).containsExactlyInAnyOrder("originatorIban", "originatorName");
        assertThat(response.body()).doesNotContain("sk_live_1", "s3cr3t", "vault:x", "apiKey");
    }

    @Test
    void aTenantWithoutSchemesGetsAnEmptyList() {
        Response response = new ApiClient(port, TestTenants.create(admin, Caller.ROLE_READ)).get("/v2/schemes");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEmpty();
    }
}
