package dev.settle.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** A tenant's receiver on a free loopback port: answers what {@code answers} says and records every request. */
final class Receiver implements AutoCloseable {

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    /** @param answers the status of each request in turn; a negative one means: sleep that many ms, then 200 */
    Receiver(Clock clock, IntSupplier answers) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(headers.getFirst("Settle-Event-Id"), headers.getFirst("Settle-Timestamp"),
                    headers.getFirst("Settle-Signature"), body, clock.instant()));
            int status = answers.getAsInt();
            if (status < 0) {
                try {
                    Thread.sleep(-status);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as received, with the test clock's time. */
    record Request(String eventId, String timestamp, String signature, String body, Instant at) {
    }
}
