package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which nightly times one fire stands for, on time and after a node was down. */
class FireTimesTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String NIGHTLY = "0 30 1 * * ?";

    @Test
    void aFireOnTimeStandsForItsOwnTime() {
        FireTimes.Due due = FireTimes.due(NIGHTLY, BRUSSELS, MisfirePolicy.CATCH_UP, 7, night(5), night(5).plusMillis(3),
                night(4));

        assertThat(due.times()).containsExactly(night(5));
        assertThat(due.dropped()).isZero();
    }

    @Test
    void catchUpRunsEveryNightMissedSinceTheLastFireOldestFirst() {
        Instant back = night(5).plusSeconds(8 * 3600);

        FireTimes.Due due = FireTimes.due(NIGHTLY, BRUSSELS, MisfirePolicy.CATCH_UP, 7, back, back, night(2));

        assertThat(due.times()).containsExactly(night(3), night(4), night(5));
    }

    @Test
    void catchUpStopsAtItsLimitAndCountsWhatItLeftOut() {
        Instant back = night(5).plusSeconds(60);

        FireTimes.Due due = FireTimes.due(NIGHTLY, BRUSSELS, MisfirePolicy.CATCH_UP, 2, back, back, night(1));

        assertThat(due.times()).containsExactly(night(4), night(5));
        assertThat(due.dropped()).isEqualTo(2);
    }

    @Test
    void fireOnceNowRunsOnlyTheLatestMissedNight() {
        Instant back = night(5).plusSeconds(8 * 3600);

        FireTimes.Due due = FireTimes.due(NIGHTLY, BRUSSELS, MisfirePolicy.FIRE_ONCE_NOW, 7, back, back, night(2));

        assertThat(due.times()).containsExactly(night(5));
    }

    @Test
    void aTimeAlreadyTakenIsNotDueAgain() {
        FireTimes.Due due = FireTimes.due(NIGHTLY, BRUSSELS, MisfirePolicy.CATCH_UP, 7, night(5), night(5), night(5));

        assertThat(due.times()).isEmpty();
    }

    @Test
    void nextTimesFollowTheZoneAcrossDaylightSaving() {
        Instant beforeChange = LocalDate.of(2031, 3, 29).atTime(12, 0).atZone(BRUSSELS).toInstant();

        assertThat(FireTimes.next(NIGHTLY, BRUSSELS, beforeChange, 2)).containsExactly(
                Instant.parse("2031-03-30T00:30:00Z"), Instant.parse("2031-03-30T23:30:00Z"));
    }

    /** 01:30 in Brussels on the given day of March 2031. */
    static Instant night(int day) {
        return LocalDate.of(2031, 3, day).atTime(LocalTime.of(1, 30)).atZone(BRUSSELS).toInstant();
    }
}
