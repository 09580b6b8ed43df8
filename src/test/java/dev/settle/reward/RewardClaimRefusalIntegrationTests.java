package dev.settle.reward;

import static dev.settle.reward.RewardFixtures.instruction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Claims and reads that are refused: no authorization, no or a too long rewardId, other tenants, missing roles. */
@PostgresIntegrationTest
@TestPropertySource(properties = {RewardFixtures.POLL_QUICKLY, RewardFixtures.RETRY_QUICKLY})
class RewardClaimRefusalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void tenantWithAnAuthorizedReward() {
        api = RewardFixtures.tenantWithInstructions(port, admin, jdbc, "I1", "I2");
        assertThat(api.post(instruction("I1") + "/authorize-reward", "").status()).isEqualTo(201);
    }

    @Test
    void claimWithoutAuthorizationIsAConflict() {
        Response response = claim("I2", "bonus-1");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCodes()).containsExactly("REWARD_NOT_AUTHORIZED");
        assertThat(transactions("bonus-1")).isZero();
    }

    @Test
    void rewardIdIsRequiredAndAtMostOneHundredCharacters() {
        Response empty = api.post(instruction("I1") + "/claim-reward", Map.of());
        Response blank = claim("I1", " ");
        Response noBody = api.send(api.authorized(instruction("I1") + "/claim-reward")
                .POST(HttpRequest.BodyPublishers.noBody()));
        Response tooLong = claim("I1", "r".repeat(101));
        Response longest = claim("I1", "r".repeat(100));

        assertThat(List.of(empty, blank, noBody)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorCodes()).containsExactly("REWARD_ID_IS_REQUIRED");
        });
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorCodes()).containsExactly("REWARD_ID_IS_INVALID");
        assertThat(longest.status()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reward_transaction WHERE tenant_id = ?")
                .param(api.key().tenantId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void transactionsOfOtherTenantsAndUnknownIdsAreNotFound() {
        String location = claim("I1", "bonus-1").header("Location");
        ApiClient other = new ApiClient(port, TestTenants.create(admin));

        Response otherTenant = other.get(location);
        Response unknown = api.get("/v2/order-management/rewards/" + UUID.randomUUID());
        Response malformed = api.get("/v2/order-management/rewards/not-a-uuid");
        Response otherTenantClaim = other.post(instruction("I1") + "/claim-reward", Map.of("rewardId", "bonus-9"));

        assertThat(List.of(otherTenant, unknown, malformed)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errorCodes()).containsExactly("REWARD_TRANSACTION_NOT_FOUND");
        });
        assertThat(otherTenantClaim.status()).isEqualTo(404);
        assertThat(api.get(location).status()).isEqualTo(200);
    }

    @Test
    void readingNeedsTheReadRoleAndClaimingTheWriteRole() {
        String location = claim("I1", "bonus-1").header("Location");
        ApiClient writer = new ApiClient(port, TestTenants.anotherKey(admin, api.key(), Caller.ROLE_WRITE));
        ApiClient reader = new ApiClient(port, TestTenants.anotherKey(admin, api.key(), Caller.ROLE_READ));

        assertThat(writer.get(location).status()).isEqualTo(403);
        assertThat(reader.post(instruction("I1") + "/claim-reward", Map.of("rewardId", "bonus-2")).status())
                .isEqualTo(403);
        assertThat(reader.get(location).status()).isEqualTo(200);
    }

    private Response claim(String instructionRef, String rewardId) {
        return api.post(instruction(instructionRef) + "/claim-reward", Map.of("rewardId", rewardId));
    }

    private long transactions(String rewardId) {
        return jdbc.sql("SELECT COUNT(*) FROM reward_transaction WHERE tenant_id = ? AND reward_id = ?")
                .params(api.key().tenantId(), rewardId).query(Long.class).single();
    }
}
