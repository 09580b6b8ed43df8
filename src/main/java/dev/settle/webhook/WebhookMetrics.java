package dev.settle.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The webhook backlog for operators (SPEC 9): gauges of pending and dead events read from the outbox, counters
 * of deliveries, failed attempts and events parked dead on this node, and the latency of delivery attempts.
 */
@Component
class WebhookMetrics {

    private final Counter delivered;
    private final Counter failed;
    private final Counter dead;
    private final Timer latency;
    private final Timer lag;

    WebhookMetrics(MeterRegistry registry, WebhookDeliveries deliveries) {
        Gauge.builder("settle.webhooks.events", deliveries, d -> d.count("PENDING")).tag("status", "pending")
                .description("Webhook events waiting for delivery").register(registry);
        Gauge.builder("settle.webhooks.events", deliveries, d -> d.count("DEAD")).tag("status", "dead")
                .description("Webhook events given up, waiting for an operator to redeliver").register(registry);
        delivered = Counter.builder("settle.webhooks.delivered").description("Events delivered").register(registry);
        failed = Counter.builder("settle.webhooks.failed").description("Failed delivery attempts").register(registry);
        dead = Counter.builder("settle.webhooks.dead").description("Events parked as dead").register(registry);
        latency = Timer.builder("settle.webhooks.delivery.latency")
                .description("Time a receiver took to answer one delivery attempt").register(registry);
        lag = Timer.builder("settle.webhooks.delivery.lag")
                .description("Time from the change to its event's delivery").register(registry);
    }

    void attempt(Duration took, boolean ok, boolean parked, Duration sinceChange) {
        latency.record(took);
        if (ok) {
            delivered.increment();
            lag.record(sinceChange.isNegative() ? Duration.ZERO : sinceChange);
        } else {
            failed.increment();
            if (parked) {
                dead.increment();
            }
        }
    }
}
