package dev.settle.reward;

import static dev.settle.reward.RewardFixtures.instruction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.system.security.Caller;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@PostgresIntegrationTest
@TestPropertySource(properties = {RewardFixtures.POLL_QUICKLY, RewardFixtures.RETRY_QUICKLY})
class RewardAuthorizationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void tenantWithInstructions() {
        api = RewardFixtures.tenantWithInstructions(port, admin, jdbc, "I1", "I2");
    }

    @Test
    void authorizingRecordsWhoAndWhen() {
        Response response = api.post(instruction("I1") + "/authorize-reward", "");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
        Map<String, Object> stored = jdbc.sql("SELECT instruction_id, actor FROM reward_authorization "
                + "WHERE tenant_id = ?").param(api.key().tenantId()).query().singleRow();
        assertThat(stored.get("instruction_id"))
                .isEqualTo(RewardFixtures.instructionId(jdbc, api.key().tenantId(), "I1"));
        assertThat(stored.get("actor")).isEqualTo(api.key().publicKey());
        assertThat(jdbc.sql("SELECT authorized_at FROM reward_authorization WHERE tenant_id = ?")
                .param(api.key().tenantId()).query(OffsetDateTime.class).single())
                .isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void authorizingTwiceIsAConflict() {
        api.post(instruction("I1") + "/authorize-reward", "");

        Response again = api.post(instruction("I1") + "/authorize-reward", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCodes()).containsExactly("REWARD_ALREADY_AUTHORIZED");
        assertThat(authorizations(api)).isEqualTo(1);
    }

    @Test
    void cancelledInstructionCannotHaveItsRewardAuthorized() {
        assertThat(api.post(instruction("I1") + "/cancel", Map.of("reason", "customer left")).status()).isEqualTo(204);

        Response response = api.post(instruction("I1") + "/authorize-reward", "");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCodes()).containsExactly("REWARD_CANNOT_BE_AUTHORIZED");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("I1", "CANCELLED");
        assertThat(authorizations(api)).isZero();
    }

    @Test
    void failedInstructionCannotHaveItsRewardAuthorized() {
        jdbc.sql("UPDATE instruction SET status = 'FAILED' WHERE tenant_id = ? AND instruction_ref = 'I2'")
                .param(api.key().tenantId()).update();

        Response response = api.post(instruction("I2") + "/authorize-reward", "");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCodes()).containsExactly("REWARD_CANNOT_BE_AUTHORIZED");
        assertThat(authorizations(api)).isZero();
    }

    @Test
    void anotherTenantsInstructionIsNotFound() {
        ApiClient other = new ApiClient(port, TestTenants.create(admin));

        Response response = other.post(instruction("I1") + "/authorize-reward", "");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCodes()).containsExactly("ORDER_NOT_FOUND");
        assertThat(authorizations(api)).isZero();
    }

    @Test
    void unknownInstructionIsNotFound() {
        Response response = api.post(instruction("NOPE") + "/authorize-reward", "");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCodes()).containsExactly("INSTRUCTION_NOT_FOUND");
    }

    @Test
    void authorizingNeedsTheWriteRole() {
        ApiClient reader = new ApiClient(port, TestTenants.anotherKey(admin, api.key(), Caller.ROLE_READ));

        Response response = reader.post(instruction("I1") + "/authorize-reward", "");

        assertThat(response.status()).isEqualTo(403);
        assertThat(authorizations(api)).isZero();
    }

    private long authorizations(ApiClient tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM reward_authorization WHERE tenant_id = ?")
                .param(tenant.key().tenantId()).query(Long.class).single();
    }
}
