package dev.settle.webhook;

import dev.settle.webhook.WebhookPayloads.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox events: claims a batch under a lease in a short transaction, then sends each event outside
 * any transaction and records the outcome under the lease. At-least-once: an event whose outcome could not be
 * recorded (the node died, the lease ran out) is sent again, so receivers de-duplicate by event id.
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookPayloads payloads;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final RetrySchedule retries;
    private final WebhookMetrics metrics;
    private final WebhookProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookPayloads payloads, WebhookEndpoints endpoints,
            WebhookSender sender, RetrySchedule retries, WebhookMetrics metrics, WebhookProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.endpoints = endpoints;
        this.sender = sender;
        this.retries = retries;
        this.metrics = metrics;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Delivers batch after batch while events are due, for at most {@code settle.webhooks.max-run-time}. */
    public DispatchResult dispatch() {
        Instant end = clock.instant().plus(properties.maxRunTime());
        DispatchResult total = new DispatchResult(0, 0, 0);
        DispatchResult batch;
        do {
            batch = dispatchBatch();
            total = total.plus(batch);
        } while (batch.attempted() == properties.batchSize() && clock.instant().isBefore(end));
        return total;
    }

    /** Claims up to one batch of due events and tries each once. */
    public DispatchResult dispatchBatch() {
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        List<Long> ids = transaction.execute(status -> deliveries.claim(token, now, now.plus(properties.lease()),
                properties.batchSize()));
        if (ids == null || ids.isEmpty()) {
            return new DispatchResult(0, 0, 0);
        }
        Map<UUID, String> secrets = new HashMap<>();
        int delivered = 0;
        int dead = 0;
        List<Delivery> leased = payloads.leased(ids, token);
        for (Delivery delivery : leased) {
            long started = System.nanoTime();
            WebhookSender.Result result = send(delivery, secrets);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Instant after = clock.instant();
            Instant next = null;
            if (result.delivered()) {
                deliveries.delivered(delivery.id(), token, after, result.description());
                delivered++;
            } else {
                next = retries.next(delivery.attempts() + 1, after, delivery.retrySince());
                deliveries.failed(delivery.id(), token, after, next, result.description());
                if (next == null) {
                    dead++;
                    log.warn("Webhook event {} to {} parked as DEAD after {} attempts: {}", delivery.id(),
                            delivery.url(), delivery.attempts() + 1, result.description());
                }
            }
            metrics.attempt(took, result.delivered(), !result.delivered() && next == null,
                    Duration.between(delivery.occurredAt(), after));
        }
        return new DispatchResult(leased.size(), delivered, dead);
    }

    // An endpoint whose secret cannot be read (the master key changed) fails its own events, not the whole run.
    private WebhookSender.Result send(Delivery delivery, Map<UUID, String> secrets) {
        String secret;
        try {
            secret = secrets.computeIfAbsent(delivery.endpointId(), endpoints::secret);
        } catch (IllegalStateException e) {
            return new WebhookSender.Result(false, "not sent, the signing secret cannot be read: " + e.getMessage());
        }
        long timestamp = clock.instant().getEpochSecond();
        return sender.send(delivery.url(), String.valueOf(delivery.id()), delivery.type(), timestamp,
                WebhookSignature.sign(secret, timestamp, delivery.body()), delivery.body());
    }

    /**
     * What one dispatch did.
     *
     * @param attempted events sent (successfully or not)
     * @param delivered of those, answered 2xx
     * @param dead of those, given up
     */
    public record DispatchResult(int attempted, int delivered, int dead) {

        DispatchResult plus(DispatchResult other) {
            return new DispatchResult(attempted + other.attempted, delivered + other.delivered, dead + other.dead);
        }

        /** Attempts that failed and will be retried. */
        public int retrying() {
            return attempted - delivered - dead;
        }
    }
}
