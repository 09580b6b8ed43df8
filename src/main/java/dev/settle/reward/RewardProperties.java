package dev.settle.reward;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code settle.rewards.*}: which provider settles claimed rewards and how the background
 * processor paces its calls.
 *
 * @param provider the {@link dev.settle.reward.provider.RewardProvider#code() code} of the provider in use
 * @param pollInterval pause between two runs of the processor on a node
 * @param batchSize how many due transactions one run takes at a time
 * @param maxAttempts provider calls per transaction before a pending or unreachable one is given up as FAILED
 * @param retryBackoff wait after the first pending or failed attempt; it doubles with every further attempt
 * @param maxBackoff the longest wait between two attempts
 * @param lease how long a node keeps a transaction it has taken; if no outcome is recorded by then (the node died,
 *     or the provider call hung), another node takes it over. Provider calls must finish well within it.
 */
@ConfigurationProperties("settle.rewards")
public record RewardProperties(
        @DefaultValue("SANDBOX") String provider,
        @DefaultValue(RewardProperties.DEFAULT_POLL_INTERVAL) Duration pollInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration retryBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("2m") Duration lease) {

    /** The default of {@code settle.rewards.poll-interval}, shared with the {@code @Scheduled} placeholder. */
    public static final String DEFAULT_POLL_INTERVAL = "2s";

    public RewardProperties {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("settle.rewards.provider must name a reward provider code");
        }
        positive("poll-interval", pollInterval);
        positive("retry-backoff", retryBackoff);
        positive("max-backoff", maxBackoff);
        positive("lease", lease);
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("settle.rewards.batch-size must be 1-1000, was " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("settle.rewards.max-attempts must be 1 or more, was " + maxAttempts);
        }
        if (maxBackoff.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException("settle.rewards.max-backoff (" + maxBackoff
                    + ") must not be shorter than settle.rewards.retry-backoff (" + retryBackoff + ")");
        }
    }

    /** The wait after {@code attempt} (1 or more) came back pending or failed: doubling, capped at max-backoff. */
    public Duration backoff(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = retryBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("settle.rewards." + name + " must be a positive duration, was " + value);
        }
    }
}
