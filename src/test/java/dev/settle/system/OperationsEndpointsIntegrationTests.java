package dev.settle.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.ApiClient;
import dev.settle.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health, metrics and the OpenAPI document answer without a token. */
@PostgresIntegrationTest
class OperationsEndpointsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithTheDatabase() {
        Response health = anonymous("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        Response metrics = anonymous("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void openApiDocumentDescribesTheOrderManagementApi() {
        Response document = anonymous("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").propertyNames()).contains("/v2/order-management",
                "/v2/order-management/{orderRef}/instruction/{instructionRef}", "/v1/identity/hmac");
    }

    private Response anonymous(String path) {
        ApiClient client = new ApiClient(port, null);
        return client.send(client.anonymous(path).GET());
    }
}
