package dev.settle.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts one signed event with the JDK HTTP client: 2xx is delivered, anything else, a timeout or a connection
 * failure is a failed attempt, described for the event's {@code last_result}.
 */
class WebhookSender {

    private final HttpClient client;
    private final Duration requestTimeout;

    WebhookSender(HttpClient client, Duration requestTimeout) {
        this.client = client;
        this.requestTimeout = requestTimeout;
    }

    Result send(String url, String eventId, String type, long timestamp, String signature, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "settle-webhooks")
                .header(WebhookSignature.EVENT_ID_HEADER, eventId)
                .header(WebhookSignature.EVENT_TYPE_HEADER, type)
                .header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Result(status >= 200 && status < 300, "HTTP " + status);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Result(false, "timed out: " + e.getMessage());
        } catch (IOException e) {
            return new Result(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }

    /** What became of one attempt. */
    record Result(boolean delivered, String description) {
    }
}
