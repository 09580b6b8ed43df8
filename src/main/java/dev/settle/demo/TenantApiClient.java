package dev.settle.demo;

import java.util.Map;
import java.util.TreeMap;

import dev.settle.system.security.HmacTokenExchange;
import dev.settle.tenancy.IssuedApiKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running server over HTTP as a tenant's system would: signs the HMAC token exchange, then sends
 * bearer requests with the tenant headers. Used by the demo and by the API tests.
 */
public class TenantApiClient {

    // Decimals stay BigDecimal so amounts read back exactly as the server wrote them.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final IssuedApiKey key;
    private String token;

    public TenantApiClient(String baseUrl, IssuedApiKey key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /** The signed {@code Authorization: Hmac …} header for a body, at an epoch, with a nonce. */
    public static String hmacHeader(IssuedApiKey key, String nonce, long epochSeconds, byte[] body) {
        String text = key.publicKey() + ":" + nonce + ":" + epochSeconds + ":" + HmacTokenExchange.bodyHash(body);
        return "Hmac " + key.publicKey() + ":" + nonce + ":" + epochSeconds + ":"
                + HmacTokenExchange.sign(Base64.getDecoder().decode(key.privateKey()), text);
    }

    /** Exchanges the key for a token (once) and returns it. */
    public String token() {
        if (token == null) {
            Response response = exchange(hmacHeader(key, UUID.randomUUID().toString(), Instant.now().getEpochSecond(),
                    new byte[0]), new byte[0]);
            if (response.status() != 200) {
                throw new IllegalStateException("Token exchange failed: " + response);
            }
            token = response.json().get("accessToken").asString();
        }
        return token;
    }

    public Response exchange(String authorization, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/identity/hmac"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public Response get(String path) {
        return send(authorized(path).GET());
    }

    public Response post(String path, Object body) {
        return send(authorized(path).POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(authorized(path).PUT(json(body)));
    }

    public Response delete(String path) {
        return send(authorized(path).DELETE());
    }

    /** A request with token and tenant headers, for tests that change one of them. */
    public HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token())
                .header("x-account-id", key.accountId().toString())
                .header("x-tenant-id", key.tenantId().toString())
                .header("Content-Type", "application/json");
    }

    public HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    public IssuedApiKey key() {
        return key;
    }

    /** A response with its body parsed as JSON on demand. */
    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The error codes of an error body, in order. */
        public java.util.List<String> errorCodes() {
            java.util.List<String> codes = new java.util.ArrayList<>();
            json().get("errors").forEach(error -> codes.add(error.get("errorCode").asString()));
            return codes;
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** How many of the tenant's instructions are in each status, by status name. */
    public Map<String, Integer> instructionsByStatus() {
        Map<String, Integer> byStatus = new TreeMap<>();
        get("/v2/instructions?size=500").json().get("items")
                .forEach(i -> byStatus.merge(i.get("status").asString(), 1, Integer::sum));
        return byStatus;
    }

    /** Prints the tenant's instructions by status; answers 1 when they are not as expected, else 0. */
    public int checkStatuses(java.io.PrintWriter out, Map<String, Integer> expected) {
        Map<String, Integer> byStatus = instructionsByStatus();
        out.println("   instructions by status: " + byStatus);
        if (byStatus.equals(new TreeMap<>(expected))) {
            return 0;
        }
        out.println(" !! expected " + new TreeMap<>(expected));
        return 1;
    }
}
