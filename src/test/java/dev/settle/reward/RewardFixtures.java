package dev.settle.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh tenant with order {@code O1} holding READY instructions, for the reward tests. */
final class RewardFixtures {

    /** Settings the reward integration tests share (one Spring context): quick polls and retries. */
    static final String POLL_QUICKLY = "settle.rewards.poll-interval=200ms";
    static final String RETRY_QUICKLY = "settle.rewards.retry-backoff=100ms";

    private RewardFixtures() {
    }

    /** A new tenant whose order O1 holds one READY instruction per ref; the client is signed in as that tenant. */
    static ApiClient tenantWithInstructions(int port, TenantAdministration admin, JdbcClient jdbc,
            String... instructionRefs) {
        ApiClient api = new ApiClient(port, TestTenants.create(admin));
        UUID tenantId = api.key().tenantId();
        TestFixtures.scheme(jdbc, tenantId, "SANDBOX", "CREDIT", "EUR");
        UUID instrument = TestFixtures.instrument(jdbc, tenantId, "C01", true, false);
        assertThat(api.post("/v2/order-management", Map.of("orderRef", "O1")).status()).isEqualTo(201);
        Arrays.stream(instructionRefs).forEach(ref -> assertThat(api.post("/v2/order-management/O1/instruction",
                Map.of("instructionRef", ref, "customerRef", "C01", "direction", "CREDIT", "financialInstrumentId",
                        instrument.toString(), "amount", "10.00", "currency", "EUR", "settledByDate",
                        TestFixtures.future(5), "schemeId", "SANDBOX")).status()).isEqualTo(204));
        return api;
    }

    static String instruction(String instructionRef) {
        return "/v2/order-management/O1/instruction/" + instructionRef;
    }

    static long instructionId(JdbcClient jdbc, UUID tenantId, String instructionRef) {
        return jdbc.sql("SELECT id FROM instruction WHERE tenant_id = ? AND instruction_ref = ?")
                .params(tenantId, instructionRef).query(Long.class).single();
    }
}
