package dev.settle.reward;

import static dev.settle.reward.RewardFixtures.instruction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.tenancy.TenantAdministration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Claims as tenants make them: settled, failed or retried in the background, idempotent per reward. */
@PostgresIntegrationTest
@TestPropertySource(properties = {RewardFixtures.POLL_QUICKLY, RewardFixtures.RETRY_QUICKLY})
class RewardClaimIntegrationTests {

    private static final String LOCATION = "/v2/order-management/rewards/[0-9a-f-]{36}";

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
    void claimIsAcceptedSettlingAndSettledInTheBackground() {
        Response claim = claim("I1", "pending-welcome");

        assertThat(claim.status()).isEqualTo(202);
        String location = claim.header("Location");
        assertThat(location).matches(LOCATION);
        // The sandbox keeps pending- rewards pending for two attempts, so the first read is still SETTLING.
        JsonNode settling = api.get(location).json();
        assertThat(settling.get("status").asString()).isEqualTo("SETTLING");
        assertThat(settling.get("transactionId").asString()).isEqualTo(transactionId(location).toString());
        assertThat(settling.get("orderRef").asString()).isEqualTo("O1");
        assertThat(settling.get("instructionRef").asString()).isEqualTo("I1");
        assertThat(settling.get("rewardId").asString()).isEqualTo("pending-welcome");
        assertThat(settling.get("provider").asString()).isEqualTo("SANDBOX");
        assertThat(settling.get("providerReference").isNull()).isTrue();
        assertThat(settling.get("created").asLong()).isCloseTo(System.currentTimeMillis(), within(60_000L));

        JsonNode settled = awaitFinal(location);

        assertThat(settled.get("status").asString()).isEqualTo("SETTLED");
        assertThat(settled.get("providerReference").asString()).startsWith("sandbox-");
        assertThat(settled.get("failureReason").isNull()).isTrue();
        assertThat(settled.get("lastUpdated").asLong()).isGreaterThan(settled.get("created").asLong());
        assertThat(storedAttempts(location)).isEqualTo(3);
    }

    @Test
    void providerRefusalMakesTheTransactionFailedWithTheReason() {
        String location = claim("I1", "fail-unknown-campaign").header("Location");

        JsonNode failed = awaitFinal(location);

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).contains("fail-unknown-campaign");
        assertThat(failed.get("providerReference").isNull()).isTrue();
        assertThat(storedAttempts(location)).isEqualTo(1);
    }

    @Test
    void unreachableProviderIsRetriedThenSettles() {
        String location = claim("I1", "flaky-bonus").header("Location");

        JsonNode settled = awaitFinal(location);

        assertThat(settled.get("status").asString()).isEqualTo("SETTLED");
        assertThat(storedAttempts(location)).isEqualTo(2);
    }

    @Test
    void claimingTheSameRewardAgainAnswersWithTheSameTransaction() {
        String first = claim("I1", "bonus-1").header("Location");
        awaitFinal(first);

        Response again = claim("I1", "bonus-1");
        Response otherReward = claim("I1", "bonus-2");

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header("Location")).isEqualTo(first);
        assertThat(otherReward.status()).isEqualTo(202);
        assertThat(otherReward.header("Location")).matches(LOCATION).isNotEqualTo(first);
        assertThat(transactions("bonus-1")).isEqualTo(1);
        assertThat(transactions("bonus-2")).isEqualTo(1);
    }

    @Test
    void simultaneousClaimsOfOneRewardCreateOneTransaction() {
        List<CompletableFuture<Response>> claims = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> claim("I1", "race-bonus"))).toList();

        List<Response> responses = claims.stream().map(CompletableFuture::join).toList();

        assertThat(responses).extracting(Response::status).containsOnly(202);
        assertThat(responses).extracting(response -> response.header("Location")).hasSize(8).containsOnly(
                responses.get(0).header("Location"));
        assertThat(transactions("race-bonus")).isEqualTo(1);
    }

    private Response claim(String instructionRef, String rewardId) {
        return api.post(instruction(instructionRef) + "/claim-reward", Map.of("rewardId", rewardId));
    }

    /** Polls the transaction as a tenant would until it leaves SETTLING. */
    private JsonNode awaitFinal(String location) {
        return await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(location).json(), body -> !"SETTLING".equals(body.get("status").asString()));
    }

    private int storedAttempts(String location) {
        return jdbc.sql("SELECT attempts FROM reward_transaction WHERE tenant_id = ? AND id = ?")
                .params(api.key().tenantId(), transactionId(location))
                .query(Integer.class).single();
    }

    private static UUID transactionId(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private long transactions(String rewardId) {
        return jdbc.sql("SELECT COUNT(*) FROM reward_transaction WHERE tenant_id = ? AND reward_id = ?")
                .params(api.key().tenantId(), rewardId).query(Long.class).single();
    }
}
