package dev.settle.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two changes of one instruction never both win silently: a change made on a stale read is refused. */
@PostgresIntegrationTest
class InstructionConcurrencyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstructionRepository instructions;

    ApiClient api;

    @BeforeEach
    void instruction() {
        api = new ApiClient(port, TestTenants.create(admin));
        TestFixtures.scheme(jdbc, api.key().tenantId(), "SANDBOX", "CREDIT", "EUR");
        UUID fi = TestFixtures.instrument(jdbc, api.key().tenantId(), "C01", true, false);
        api.post("/v2/order-management", Map.of("orderRef", "O1", "instructions", List.of(Map.of(
                "instructionRef", "I1", "customerRef", "C01", "direction", "CREDIT", "financialInstrumentId",
                fi.toString(), "amount", "1.00", "currency", "EUR", "settledByDate", TestFixtures.future(3),
                "schemeId", "SANDBOX"))));
    }

    @Test
    void changeBasedOnAStaleReadIsRefused() {
        Instruction first = instructions.find(api.key().tenantId(), "O1", "I1").orElseThrow();
        Instruction second = instructions.find(api.key().tenantId(), "O1", "I1").orElseThrow();
        Instruction changedByFirst = new Instruction(first.id(), first.tenantId(), first.orderId(), first.orderRef(),
                first.instructionRef(), first.customerRef(), first.direction(), new java.math.BigDecimal("2.00"),
                first.currency(), first.country(), first.settledByDate(), first.financialInstrumentId(),
                first.financialInstrumentSource(), first.schemeId(), first.schemeSource(), first.ownMetadata(),
                first.metadata(), first.status(), first.version(), null, null, null, null, null, first.createdAt(),
                first.lastUpdatedAt());

        boolean firstWins = instructions.update(first, changedByFirst, Instant.now());
        boolean secondWins = instructions.cancel(second, "someone", "stale", Instant.now());

        assertThat(firstWins).isTrue();
        assertThat(secondWins).isFalse();
        Instruction stored = instructions.find(api.key().tenantId(), "O1", "I1").orElseThrow();
        assertThat(stored.status()).isEqualTo(InstructionStatus.READY);
        assertThat(stored.amount()).isEqualByComparingTo("2.00");
    }

    @Test
    void simultaneousApiUpdatesAreEachAppliedOrRefusedNeverLost() throws Exception {
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> results = new ArrayList<>();
        api.token();
        for (int i = 0; i < writers; i++) {
            String amount = (10 + i) + ".00";
            results.add(pool.submit(() -> {
                start.await();
                return api.put("/v2/order-management/O1/instruction/I1", Map.of("amount", amount));
            }));
        }
        int applied = 0;
        int refused = 0;
        for (Future<Response> result : results) {
            Response response = result.get();
            if (response.status() == 204) {
                applied++;
            } else {
                assertThat(response.status()).isEqualTo(409);
                assertThat(response.errorCodes()).containsExactly("INSTRUCTION_CONCURRENTLY_MODIFIED");
                refused++;
            }
        }
        pool.shutdown();

        Instruction stored = instructions.find(api.key().tenantId(), "O1", "I1").orElseThrow();
        assertThat(applied + refused).isEqualTo(writers);
        assertThat(applied).isPositive();
        assertThat(stored.version()).as("every applied update bumped the version once").isEqualTo(1 + applied);
    }
}
