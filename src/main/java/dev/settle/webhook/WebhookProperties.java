package dev.settle.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code settle.webhooks.*}: how the dispatcher delivers and retries.
 *
 * @param batchSize events one dispatcher claims at a time
 * @param connectTimeout the HTTP connect timeout
 * @param requestTimeout how long a receiver may take to answer; a slower one counts as failed
 * @param firstRetry the wait after the first failed attempt; it doubles with every further one
 * @param maxRetry the longest wait between two attempts
 * @param jitter the share of each wait added at random (0.2: up to 20 % longer), so failed receivers are not hit by
 *     every event at once when they come back
 * @param horizon how long an event is retried (from when it was recorded or redelivered) before it is parked DEAD
 * @param lease how long a dispatcher keeps events it claimed; another takes them over after it. Must be well above
 *     {@code batchSize} times {@code requestTimeout}
 * @param maxRunTime how long one dispatch run goes on claiming while events are due
 */
@ConfigurationProperties("settle.webhooks")
public record WebhookProperties(
        @DefaultValue("20") int batchSize,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("0.2") double jitter,
        @DefaultValue("24h") Duration horizon,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("50s") Duration maxRunTime) {

    public WebhookProperties {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("settle.webhooks.batch-size must be 1-1000, was " + batchSize);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("settle.webhooks.jitter must be between 0 and 1, was " + jitter);
        }
        for (Duration d : new Duration[] {connectTimeout, requestTimeout, firstRetry, maxRetry, horizon, lease,
                maxRunTime}) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("settle.webhooks.* durations must be positive, was " + d);
            }
        }
    }
}
