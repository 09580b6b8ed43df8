package dev.settle.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class HmacTokenExchangeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    IssuedApiKey key;
    ApiClient client;

    @BeforeEach
    void tenant() {
        key = TestTenants.create(admin);
        client = new ApiClient(port, key);
    }

    @Test
    void correctlySignedRequestGetsAToken() {
        byte[] body = "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        Response response = client.exchange(ApiClient.hmacHeader(key, "n-" + UUID.randomUUID(), now, body), body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("accessToken").asString()).isNotBlank();
        assertThat(response.json().get("expires").asLong()).isGreaterThan(Instant.now().toEpochMilli());
    }

    @Test
    void wrongSignatureIsRefused() {
        String header = ApiClient.hmacHeader(key, "n1", Instant.now().getEpochSecond(), new byte[0]);
        String tampered = header.substring(0, header.length() - 4) + "AAAA";

        Response response = client.exchange(tampered, new byte[0]);

        assertRefused(response, "signature does not match");
    }

    @Test
    void staleEpochIsRefused() {
        long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();

        Response response = client.exchange(ApiClient.hmacHeader(key, "n2", sixMinutesAgo, new byte[0]), new byte[0]);

        assertRefused(response, "more than 5 minutes");
    }

    @Test
    void reusedNonceIsRefused() {
        String header = ApiClient.hmacHeader(key, "same-nonce", Instant.now().getEpochSecond(), new byte[0]);
        assertThat(client.exchange(header, new byte[0]).status()).isEqualTo(200);

        Response replay = client.exchange(header, new byte[0]);

        assertRefused(replay, "nonce was already used");
    }

    @Test
    void bodyThatDoesNotMatchTheSignedHashIsRefused() {
        byte[] signed = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] sent = "{\"a\":2}".getBytes(StandardCharsets.UTF_8);

        Response response = client.exchange(ApiClient.hmacHeader(key, "n3", Instant.now().getEpochSecond(), signed), sent);

        assertRefused(response, "signature does not match");
    }

    @Test
    void unknownKeyAndMalformedHeaderAreRefused() {
        assertRefused(client.exchange("Hmac nobody:n:1:sig", new byte[0]), "more than 5 minutes");
        assertRefused(client.exchange("Basic c29tZTpvbmU=", new byte[0]), "expected 'Authorization: Hmac");
        assertRefused(client.exchange(null, new byte[0]), "expected 'Authorization: Hmac");
        String unknown = ApiClient.hmacHeader(new IssuedApiKey(key.accountId(), key.tenantId(), "0000",
                key.privateKey(), key.roles()), "n4", Instant.now().getEpochSecond(), new byte[0]);
        assertRefused(client.exchange(unknown, new byte[0]), "unknown or revoked public key");
    }

    private static void assertRefused(Response response, String reason) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCodes()).containsExactly("HMAC_SIGNATURE_IS_INVALID");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains(reason);
        assertThat(response.json().get("correlationId").asString()).isNotBlank();
    }
}
