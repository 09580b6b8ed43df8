package dev.settle.system.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Spring's own errors answer with the API error body too. */
@PostgresIntegrationTest
class ApiErrorBodyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = new ApiClient(port, TestTenants.create(admin));
    }

    @Test
    void malformedJsonIs400() {
        Response response = api.post("/v2/order-management", "{\"orderRef\": ");

        assertErrorBody(response, 400, "REQUEST_BODY_IS_INVALID");
    }

    @Test
    void wrongMethodIs405() {
        Response response = api.send(api.authorized("/v2/order-management/X/metadata").method("PATCH",
                HttpRequest.BodyPublishers.ofString("{}")));

        assertErrorBody(response, 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void unknownPathIs404() {
        Response response = api.get("/v2/no-such-thing/really");

        assertErrorBody(response, 404, "RESOURCE_NOT_FOUND");
    }

    @Test
    void wrongContentTypeIs415() {
        Response response = api.send(api.authorized("/v2/order-management").setHeader("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("orderRef=x")));

        assertErrorBody(response, 415, "MEDIA_TYPE_NOT_SUPPORTED");
    }

    private static void assertErrorBody(Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.errorCodes()).containsExactly(code);
        assertThat(response.json().get("timestamp").isNull()).isFalse();
        assertThat(response.json().get("correlationId").asString()).isNotBlank();
        assertThat(response.json().get("errors").get(0).get("message").asString()).isNotBlank();
    }
}
