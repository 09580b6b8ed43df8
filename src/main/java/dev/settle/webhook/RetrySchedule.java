package dev.settle.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential back-off from {@code firstRetry}, capped at {@code maxRetry},
 * plus a random share of the wait ({@code jitter}) drawn from an injectable source so tests are deterministic.
 * Past the horizon the event is given up.
 */
public final class RetrySchedule {

    private final WebhookProperties properties;
    private final DoubleSupplier random;

    /** @param random values in [0, 1): the jitter source */
    public RetrySchedule(WebhookProperties properties, DoubleSupplier random) {
        this.properties = properties;
        this.random = random;
    }

    /** The wait after {@code attempts} (1 or more) failed attempts. */
    public Duration delay(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = properties.firstRetry().multipliedBy(1L << doublings);
        if (wait.compareTo(properties.maxRetry()) > 0) {
            wait = properties.maxRetry();
        }
        long extra = (long) (wait.toMillis() * properties.jitter() * random.getAsDouble());
        return wait.plusMillis(extra);
    }

    /** The next attempt's time, or null when it would fall after the horizon counted from {@code retrySince}. */
    public Instant next(int attempts, Instant now, Instant retrySince) {
        Instant next = now.plus(delay(attempts));
        return next.isAfter(retrySince.plus(properties.horizon())) ? null : next;
    }
}
