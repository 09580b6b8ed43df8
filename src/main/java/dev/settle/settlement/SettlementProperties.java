package dev.settle.settlement;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the settlement job ({@code settle.settlement.*}).
 *
 * @param claimChunkSize instructions claimed per transaction
 * @param schemeThreads schemes settled at once; each scheme is one partition of the job
 * @param unavailableAttempts tries of a batch while its scheme cannot be reached, before the step fails (a
 *     restart then submits the batch again under the same keys)
 * @param unavailableBackoff the wait before the second try, doubled before each further one
 */
@Validated
@ConfigurationProperties("settle.settlement")
public record SettlementProperties(
        @DefaultValue("5000") int claimChunkSize,
        @DefaultValue("2") int schemeThreads,
        @DefaultValue("3") int unavailableAttempts,
        @DefaultValue("2s") Duration unavailableBackoff) {

    public SettlementProperties {
        if (claimChunkSize < 1) {
            throw new IllegalArgumentException("settle.settlement.claim-chunk-size must be at least 1, got "
                    + claimChunkSize);
        }
        if (schemeThreads < 1) {
            throw new IllegalArgumentException("settle.settlement.scheme-threads must be at least 1, got "
                    + schemeThreads);
        }
        if (unavailableAttempts < 1) {
            throw new IllegalArgumentException("settle.settlement.unavailable-attempts must be at least 1, got "
                    + unavailableAttempts);
        }
        if (unavailableBackoff.isNegative()) {
            throw new IllegalArgumentException("settle.settlement.unavailable-backoff must not be negative, got "
                    + unavailableBackoff);
        }
    }
}
