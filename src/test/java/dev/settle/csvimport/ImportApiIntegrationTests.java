package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.ApiClient;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tenant uploads a file over the API, follows the import and fetches its error report. */
@PostgresIntegrationTest
class ImportApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void tenant() {
        api = new ApiClient(port, TestTenants.create(admin));
        TestFixtures.sampleCsvReferences(jdbc, api.key().tenantId());
    }

    @Test
    void uploadedFileIsImportedInTheBackgroundAndCanBeFollowed() throws Exception {
        Response accepted = upload("instructions", Path.of("sample-data/csv/instructions-invalid-every-kind.csv"));

        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isEqualTo("/v2/imports/" + accepted.json().get("executionId").asLong());
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(api.get(location).json().get("status")
                .asString()));
        Response status = api.get(location);
        assertThat(status.json().get("stored").asLong()).isEqualTo(30);
        assertThat(status.json().get("rejected").asLong()).isEqualTo(18);
        Response errors = api.get(location + "/errors");
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.header("Content-Type")).startsWith("text/csv");
        assertThat(errors.body().lines()).hasSize(19).element(1).asString().startsWith("3,ORD-3001,BAD-01,");
    }

    @Test
    void sameFileAgainIsAConflictAndOtherTenantsSeeNothing() throws Exception {
        Path file = Path.of("sample-data/csv/instructions-valid-multi-currency.csv");
        String location = upload("instructions", file).header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(api.get(location).json().get("status")
                .asString()));

        Response again = upload("instructions", file);
        ApiClient other = new ApiClient(port, TestTenants.create(admin));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCodes()).containsExactly("IMPORT_ALREADY_DONE");
        assertThat(other.get(location).status()).isEqualTo(404);
        assertThat(other.get(location + "/errors").status()).isEqualTo(404);
        assertThat(api.get("/v2/imports/987654321").errorCodes()).containsExactly("IMPORT_NOT_FOUND");
    }

    @Test
    void emptyUploadIs400AndReadOnlyKeyIs403() throws Exception {
        Response empty = api.send(api.authorized("/v2/imports/instruments").setHeader("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.noBody()));
        ApiClient reader = new ApiClient(port, TestTenants.anotherKey(admin, api.key(), Caller.ROLE_READ));
        Response forbidden = reader.send(reader.authorized("/v2/imports/instruments").setHeader("Content-Type",
                "text/csv").POST(HttpRequest.BodyPublishers.ofFile(Path.of("sample-data/csv/instruments-valid.csv"))));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorCodes()).containsExactly("IMPORT_FILE_IS_EMPTY");
        assertThat(forbidden.status()).isEqualTo(403);
    }

    private Response upload(String kind, Path file) throws Exception {
        return api.send(api.authorized("/v2/imports/" + kind).setHeader("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
    }
}
