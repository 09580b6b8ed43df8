package dev.settle.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private final WebhookProperties properties = new WebhookProperties(20, Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(4), 0.2, Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofSeconds(50));

    @Test
    void waitsDoubleUpToTheCapWithTheJitterShareAdded() {
        RetrySchedule noJitter = new RetrySchedule(properties, () -> 0.0);
        RetrySchedule fullJitter = new RetrySchedule(properties, () -> 0.999_999);

        assertThat(noJitter.delay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(noJitter.delay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(noJitter.delay(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(noJitter.delay(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(noJitter.delay(40)).isEqualTo(Duration.ofMinutes(4));
        assertThat(fullJitter.delay(1)).isBetween(Duration.ofSeconds(35), Duration.ofSeconds(36));
    }

    @Test
    void givesUpWhenTheNextAttemptWouldFallAfterTheHorizon() {
        RetrySchedule schedule = new RetrySchedule(properties, () -> 0.0);
        Instant since = Instant.parse("2031-03-04T10:00:00Z");

        assertThat(schedule.next(1, since.plusSeconds(1), since)).isEqualTo(since.plusSeconds(31));
        assertThat(schedule.next(5, since.plus(Duration.ofMinutes(57)), since)).isNull();
    }
}
