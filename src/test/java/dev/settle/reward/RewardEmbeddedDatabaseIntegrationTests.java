package dev.settle.reward;

import static dev.settle.reward.RewardFixtures.instruction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.tenancy.TenantAdministration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The quick-start path: on the embedded H2 database (PostgreSQL mode) a claimed reward is taken with
 * {@code FOR UPDATE SKIP LOCKED}, retried and settled just as on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "settle.data-dir=target/test-data/h2-rewards",
        "spring.datasource.url=jdbc:h2:mem:rewards;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
        RewardFixtures.POLL_QUICKLY, RewardFixtures.RETRY_QUICKLY})
class RewardEmbeddedDatabaseIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void claimedRewardIsRetriedAndSettledOnTheEmbeddedDatabase() {
        ApiClient api = RewardFixtures.tenantWithInstructions(port, admin, jdbc, "I1");
        assertThat(api.post(instruction("I1") + "/authorize-reward", "").status()).isEqualTo(201);

        Response claim = api.post(instruction("I1") + "/claim-reward", Map.of("rewardId", "flaky-bonus"));
        JsonNode settled = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(claim.header("Location")).json(),
                        body -> !"SETTLING".equals(body.get("status").asString()));

        assertThat(claim.status()).isEqualTo(202);
        assertThat(settled.get("status").asString()).isEqualTo("SETTLED");
        assertThat(settled.get("providerReference").asString()).startsWith("sandbox-");
        assertThat(jdbc.sql("SELECT attempts FROM reward_transaction WHERE tenant_id = ?")
                .param(api.key().tenantId()).query(Integer.class).single()).isEqualTo(2);
    }
}
