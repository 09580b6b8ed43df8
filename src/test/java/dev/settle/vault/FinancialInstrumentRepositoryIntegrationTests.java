package dev.settle.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.PostgresIntegrationTest;
import dev.settle.tenancy.TenantAdministration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class FinancialInstrumentRepositoryIntegrationTests {

    static final Instant T0 = Instant.parse("2026-11-21T12:00:00.123456Z");

    @Autowired
    FinancialInstrumentRepository repository;

    @Autowired
    TenantAdministration admin;

    UUID tenant;
    UUID otherTenant;

    @BeforeEach
    void tenants() {
        tenant = admin.createTenant("acct-" + UUID.randomUUID(), "t-" + UUID.randomUUID()).id();
        otherTenant = admin.createTenant("acct-" + UUID.randomUUID(), "t-" + UUID.randomUUID()).id();
    }

    static FinancialInstrument mandate(UUID tenant, String customerRef, Instant createdAt) {
        return new FinancialInstrument(UUID.randomUUID(), tenant, customerRef, InstrumentType.SEPA_MANDATE, "Ada Lovelace",
                "DE89370400440532013000", "COBADEFFXXX", "MNDT-1", LocalDate.of(2026, 10, 1), SequenceType.FRST, null,
                InstrumentStatus.ACTIVE, false, true, createdAt, createdAt.plusSeconds(5));
    }

    static FinancialInstrument token(UUID tenant, String customerRef, Instant createdAt) {
        return new FinancialInstrument(UUID.randomUUID(), tenant, customerRef, InstrumentType.PSP_TOKEN, null, null, null,
                null, null, null, "pm_1234567890", InstrumentStatus.INACTIVE, true, true, createdAt, createdAt);
    }

    @Test
    void storesAndReadsBackEveryField() {
        FinancialInstrument mandate = mandate(tenant, "cust-1", T0);
        FinancialInstrument token = token(tenant, "cust-1", T0);

        repository.insert(mandate);
        repository.insert(token);

        assertThat(repository.find(tenant, mandate.id())).contains(mandate);
        assertThat(repository.find(tenant, token.id())).contains(token);
    }

    @Test
    void doesNotFindAnotherTenantsInstrument() {
        FinancialInstrument mandate = mandate(tenant, "cust-1", T0);
        repository.insert(mandate);

        assertThat(repository.find(otherTenant, mandate.id())).isEmpty();
        assertThat(repository.find(tenant, UUID.randomUUID())).isEmpty();
    }

    @Test
    void findsManyByIdInOneCallKeepingToTheTenant() {
        FinancialInstrument first = mandate(tenant, "cust-1", T0);
        FinancialInstrument second = token(tenant, "cust-2", T0);
        FinancialInstrument foreign = token(otherTenant, "cust-1", T0);
        List.of(first, second, foreign).forEach(repository::insert);

        Map<UUID, FinancialInstrument> found = repository.findAll(tenant,
                Set.of(first.id(), second.id(), foreign.id(), UUID.randomUUID()));

        assertThat(found).containsOnlyKeys(first.id(), second.id());
        assertThat(found.get(second.id())).isEqualTo(second);
        assertThat(repository.findAll(tenant, List.of())).isEmpty();
    }

    @Test
    void pagesOldestFirstAndFiltersByCustomer() {
        List<FinancialInstrument> ofCustomer = List.of(token(tenant, "cust-a", T0.plusSeconds(2)),
                token(tenant, "cust-a", T0), token(tenant, "cust-a", T0.plusSeconds(1)));
        ofCustomer.forEach(repository::insert);
        repository.insert(token(tenant, "cust-b", T0.plusSeconds(3)));
        repository.insert(token(otherTenant, "cust-a", T0));

        assertThat(repository.page(tenant, "cust-a", 0, 2)).extracting(FinancialInstrument::createdAt)
                .containsExactly(T0, T0.plusSeconds(1));
        assertThat(repository.page(tenant, "cust-a", 2, 2)).extracting(FinancialInstrument::id)
                .containsExactly(ofCustomer.get(0).id());
        assertThat(repository.page(tenant, null, 0, 10)).extracting(FinancialInstrument::customerRef)
                .containsExactly("cust-a", "cust-a", "cust-a", "cust-b");
        assertThat(repository.count(tenant, "cust-a")).isEqualTo(3);
        assertThat(repository.count(tenant, null)).isEqualTo(4);
        assertThat(repository.count(tenant, "cust-z")).isZero();
    }
}
