package dev.settle.schemeconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.settle.support.PostgresIntegrationTest;
import dev.settle.tenancy.TenantAdministration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class SchemeRepositoryIntegrationTests {

    static final Instant CREATED = Instant.parse("2026-11-21T12:00:00.123456Z");

    @Autowired
    SchemeRepository repository;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    UUID tenant;
    UUID otherTenant;

    @BeforeEach
    void tenants() {
        tenant = admin.createTenant("acct-" + UUID.randomUUID(), "t-" + UUID.randomUUID()).id();
        otherTenant = admin.createTenant("acct-" + UUID.randomUUID(), "t-" + UUID.randomUUID()).id();
    }

    // A writer this build has: the schemes stay in the shared test database, and every context started after this
    // test refuses to start while an enabled scheme names a writer it lacks.
    static SchemeConfig scheme(UUID tenant, String schemeId, String name, Map<String, String> settings) {
        return new SchemeConfig(tenant, schemeId, name, "SANDBOX", Set.of("EUR", "GBP"), Set.of("CREDIT", "DEBIT"), "UK",
                2, LocalTime.of(14, 30), ZoneId.of("Europe/London"), true, 500, settings, true, CREATED);
    }

    @Test
    void storesAndReadsBackEveryField() {
        SchemeConfig scheme = scheme(tenant, "psp-1", "PSP one", Map.of("baseUrl", "https://psp.example", "apiKey", "k"));

        repository.insert(scheme);

        assertThat(repository.find(tenant, "psp-1")).contains(scheme);
        Map<String, Object> row = jdbc.sql("SELECT currencies, directions, settings FROM scheme WHERE tenant_id = ?")
                .param(tenant).query().singleRow();
        assertThat(row).containsEntry("currencies", "EUR,GBP").containsEntry("directions", "CREDIT,DEBIT")
                .containsEntry("settings", "{\"apiKey\":\"k\",\"baseUrl\":\"https://psp.example\"}");
    }

    @Test
    void refusesASchemeIdTheTenantAlreadyHas() {
        repository.insert(scheme(tenant, "psp-1", "first", Map.of()));

        assertThatExceptionOfType(SchemeAlreadyExistsException.class)
                .isThrownBy(() -> repository.insert(scheme(tenant, "psp-1", "second", Map.of())))
                .withMessageContaining("Scheme 'psp-1' already exists for tenant " + tenant);
        repository.insert(scheme(otherTenant, "psp-1", "other tenant's", Map.of()));
        assertThat(repository.find(tenant, "psp-1").orElseThrow().name()).isEqualTo("first");
    }

    @Test
    void updatesEverythingButTheCreationTime() {
        repository.insert(scheme(tenant, "psp-1", "before", Map.of("a", "1")));
        SchemeConfig changed = new SchemeConfig(tenant, "psp-1", "after", "SANDBOX", Set.of("USD"), Set.of("DEBIT"),
                "TARGET2", 0, LocalTime.of(9, 0), ZoneId.of("UTC"), false, 1, Map.of("b", "2"), false,
                CREATED.plusSeconds(60));

        assertThat(repository.update(changed)).isTrue();

        SchemeConfig stored = repository.find(tenant, "psp-1").orElseThrow();
        assertThat(stored).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(changed);
        assertThat(stored.createdAt()).isEqualTo(CREATED);
        assertThat(repository.update(scheme(tenant, "unknown", "x", Map.of()))).isFalse();
        assertThat(repository.update(scheme(otherTenant, "psp-1", "x", Map.of()))).isFalse();
    }

    @Test
    void listsOnlyTheTenantsSchemesById() {
        repository.insert(scheme(tenant, "b-scheme", "B", Map.of()));
        repository.insert(scheme(tenant, "a-scheme", "A", Map.of()));
        repository.insert(scheme(otherTenant, "c-scheme", "C", Map.of()));

        assertThat(repository.findAll(tenant)).extracting(SchemeConfig::schemeId).containsExactly("a-scheme", "b-scheme");
        assertThat(repository.find(otherTenant, "a-scheme")).isEmpty();
    }
}
