package dev.settle.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RewardPropertiesTests {

    @Test
    void defaultsAreSafeForAFirstRun() {
        RewardProperties defaults = bind(Map.of());

        assertThat(defaults.provider()).isEqualTo("SANDBOX");
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.batchSize()).isEqualTo(10);
        assertThat(defaults.maxAttempts()).isEqualTo(10);
        assertThat(defaults.retryBackoff()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.lease()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void backOffDoublesWithEveryAttemptUpToTheMaximum() {
        RewardProperties properties = bind(Map.of("settle.rewards.retry-backoff", "5s",
                "settle.rewards.max-backoff", "1m"));

        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoff(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.backoff(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoff(1_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void invalidSettingsAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("settle.rewards.batch-size", "0")))
                .rootCause().hasMessageContaining("settle.rewards.batch-size must be 1-1000");
        assertThatThrownBy(() -> bind(Map.of("settle.rewards.max-attempts", "0")))
                .rootCause().hasMessageContaining("settle.rewards.max-attempts");
        assertThatThrownBy(() -> bind(Map.of("settle.rewards.max-backoff", "1s")))
                .rootCause().hasMessageContaining("max-backoff (PT1S) must not be shorter");
        assertThatThrownBy(() -> bind(Map.of("settle.rewards.provider", " ")))
                .rootCause().hasMessageContaining("settle.rewards.provider");
    }

    private static RewardProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("settle.rewards",
                RewardProperties.class);
    }
}
