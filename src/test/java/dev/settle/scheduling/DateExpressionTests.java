package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Date parameters are read in the schedule's zone at the time the fire stands for. */
class DateExpressionTests {

    // 23:30 UTC on the 4th is already the 5th in Brussels.
    static final Instant LATE_EVENING_UTC = Instant.parse("2031-03-04T23:30:00Z");

    @Test
    void todayIsTheDateInTheSchedulesZone() {
        assertThat(DateExpression.evaluate("today", LATE_EVENING_UTC, ZoneId.of("Europe/Brussels")))
                .isEqualTo(LocalDate.of(2031, 3, 5));
        assertThat(DateExpression.evaluate("today", LATE_EVENING_UTC, ZoneId.of("UTC")))
                .isEqualTo(LocalDate.of(2031, 3, 4));
    }

    @Test
    void relativeAndFixedDates() {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(DateExpression.evaluate("yesterday", LATE_EVENING_UTC, utc)).isEqualTo(LocalDate.of(2031, 3, 3));
        assertThat(DateExpression.evaluate("today-7", LATE_EVENING_UTC, utc)).isEqualTo(LocalDate.of(2031, 2, 25));
        assertThat(DateExpression.evaluate("today+1", LATE_EVENING_UTC, utc)).isEqualTo(LocalDate.of(2031, 3, 5));
        assertThat(DateExpression.evaluate("2031-12-31", LATE_EVENING_UTC, utc)).isEqualTo(LocalDate.of(2031, 12, 31));
    }

    @Test
    void anythingElseIsRefusedSayingWhatIsAllowed() {
        assertThat(DateExpression.problem("tomorrow")).contains("'tomorrow' is not a date", "today-N");
        assertThat(DateExpression.problem("today")).isNull();
        assertThatThrownBy(() -> DateExpression.evaluate("2031-02-30", LATE_EVENING_UTC, ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
