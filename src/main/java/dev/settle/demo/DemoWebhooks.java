package dev.settle.demo;

import com.sun.net.httpserver.HttpServer;
import dev.settle.webhook.WebhookDispatcher;
import dev.settle.webhook.WebhookEndpoints;
import dev.settle.webhook.WebhookSignature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook part of the demo: a receiver on a free loopback port is registered for the demo tenant before
 * anything happens; after the nightly cycle the dispatcher delivers the outbox to it, and the demo shows the events
 * by type, one of them in full, and checks every signature the way the README tells a receiver to.
 */
public final class DemoWebhooks implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final PrintWriter out;
    private String secret;

    public DemoWebhooks(PrintWriter out) {
        this.out = out;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** Registers the receiver for every event type of the tenant (settle webhooks endpoints create). */
    public void register(WebhookEndpoints endpoints, java.util.UUID tenantId) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
        secret = endpoints.create(tenantId, url, List.of("ALL"), null).secret();
        out.println("   webhook endpoint " + url + " for every event type (signing secret kept in memory)");
    }

    /** Delivers the outbox once and shows what arrived; answers how many checks failed. */
    public int run(WebhookDispatcher dispatcher) {
        out.println();
        out.println("Webhooks: deliver the outbox to the receiver (settle webhooks dispatch)");
        WebhookDispatcher.DispatchResult result = dispatcher.dispatch();
        out.println("   " + result.attempted() + " event(s) sent, " + result.delivered() + " delivered");
        Map<String, Integer> byType = new TreeMap<>();
        JsonNode sample = null;
        int badSignatures = 0;
        for (Received event : received) {
            JsonNode body = JSON.readTree(event.body());
            byType.merge(body.get("type").asString(), 1, Integer::sum);
            if (sample == null && "INSTRUCTION_STATUS_CHANGED".equals(body.get("type").asString())
                    && "COMPLETED".equals(body.get("change").get("status").asString())) {
                sample = body;
            }
            if (!WebhookSignature.verify(secret, event.timestamp(), event.body(), event.signature())) {
                badSignatures++;
            }
        }
        byType.forEach((type, count) -> out.println(String.format("   %-28s %d", type, count)));
        if (sample != null) {
            out.println("   a settled payment as its receiver got it:");
            out.println("   " + sample);
        }
        int unmet = 0;
        unmet += check(result.delivered() == received.size() && !received.isEmpty(),
                "every event sent should have arrived, " + received.size() + " of " + result.delivered());
        unmet += check(badSignatures == 0, badSignatures + " signature(s) did not verify");
        unmet += check(byType.keySet().containsAll(List.of("ORDER_CREATED", "INSTRUCTION_CREATED",
                "INSTRUCTION_STATUS_CHANGED", "IMPORT_FINISHED")), "missing event types: " + byType.keySet());
        if (badSignatures == 0) {
            out.println(" ok every signature verifies (HMAC-SHA256 over timestamp.body)");
        }
        out.flush();
        return unmet;
    }

    private int check(boolean condition, String failure) {
        if (!condition) {
            out.println(" !! " + failure);
            return 1;
        }
        return 0;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Received(String timestamp, String signature, String body) {
    }
}
