package dev.settle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.settle.demo.TenantApiClient.Response;
import java.time.Duration;
import dev.settle.support.ApiClient;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The log lines of a request carry its correlation id, refused requests included. */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdLoggingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Test
    void requestLogLinesCarryTheCorrelationId(CapturedOutput output) {
        ApiClient api = new ApiClient(port, TestTenants.create(admin));

        Response created = api.send(api.authorized("/v2/order-management").header("x-correlation-id", "corr-created-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"orderRef\":\"LOG-1\"}")));
        Response refused = api.send(api.anonymous("/v2/order-management/LOG-1").header("x-correlation-id", "corr-401")
                .GET());

        assertThat(created.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(401);
        // The access line is written after the response went out, so the client may see the answer first.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut())
                .containsPattern("\\[corr-created-1\\] .*POST /v2/order-management -> 201")
                .containsPattern("\\[corr-401\\] .*GET /v2/order-management/LOG-1 -> 401"));
    }
}
