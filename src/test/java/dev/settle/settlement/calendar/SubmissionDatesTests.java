package dev.settle.settlement.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SubmissionDatesTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final SubmissionDates target2 = new SubmissionDates(new Target2Calendar(), LocalTime.of(16, 0), BERLIN);

    final SubmissionDates uk = new SubmissionDates(new UkCalendar(), LocalTime.of(16, 0), BERLIN);

    @Test
    void countsTheLeadTimeBackAcrossEaster() {
        // Easter Monday 6 April and Good Friday 3 April 2026 are closed.
        assertThat(target2.submissionDate(of(2026, 4, 7), 2)).isEqualTo(of(2026, 4, 1));
    }

    @Test
    void countsTheLeadTimeBackAcrossTheYearEnd() {
        assertThat(target2.submissionDate(of(2027, 1, 4), 1)).isEqualTo(of(2026, 12, 31));
        // UK: 28 December 2026 substitutes Boxing Day.
        assertThat(uk.submissionDate(of(2026, 12, 29), 1)).isEqualTo(of(2026, 12, 24));
    }

    @Test
    void movesASettledByDateThatIsNoBusinessDayBackBeforeCountingTheLeadTime() {
        // Saturday 11 April 2026 becomes Friday 10 April; two business days before it is Wednesday 8 April.
        assertThat(target2.submissionDate(of(2026, 4, 11), 2)).isEqualTo(of(2026, 4, 8));
        // Saturday 4 April: Good Friday is closed too, so Thursday 2 April, and one before it Wednesday 1 April.
        assertThat(target2.submissionDate(of(2026, 4, 4), 1)).isEqualTo(of(2026, 4, 1));
    }

    @Test
    void withNoLeadTimeSubmitsOnTheSettledByDateOrTheBusinessDayBefore() {
        assertThat(target2.submissionDate(of(2026, 4, 7), 0)).isEqualTo(of(2026, 4, 7));
        assertThat(target2.submissionDate(of(2026, 4, 6), 0)).isEqualTo(of(2026, 4, 2));
    }

    @Test
    void refusesANegativeLeadTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> target2.submissionDate(of(2026, 4, 7), -1));
    }

    @Test
    void isDueFromTheSubmissionDateOn() {
        assertThat(target2.isDue(of(2026, 4, 7), 2, of(2026, 3, 31))).isFalse();
        assertThat(target2.isDue(of(2026, 4, 7), 2, of(2026, 4, 1))).isTrue();
        assertThat(target2.isDue(of(2026, 4, 7), 2, of(2026, 4, 2))).isTrue();
    }

    @Test
    void isLateOnceTheSubmissionDateIsBeforeTheBusinessDate() {
        Instant early = Instant.parse("2026-04-02T06:00:00Z");

        assertThat(target2.isLate(of(2026, 4, 7), 2, of(2026, 3, 31), early)).isFalse();
        assertThat(target2.isLate(of(2026, 4, 7), 2, of(2026, 4, 2), early)).isTrue();
    }

    @Test
    void isLateOnTheSubmissionDateOnlyAfterTheCutOffInItsZoneInSummer() {
        // 16:00 in Berlin on 1 July 2026 (UTC+2) is 14:00 UTC.
        assertThat(target2.cutOff(of(2026, 7, 1))).isEqualTo(Instant.parse("2026-07-01T14:00:00Z"));
        assertThat(target2.isLate(of(2026, 7, 3), 2, of(2026, 7, 1), Instant.parse("2026-07-01T13:59:59Z")))
                .isFalse();
        assertThat(target2.isLate(of(2026, 7, 3), 2, of(2026, 7, 1), Instant.parse("2026-07-01T14:00:00Z")))
                .isFalse();
        assertThat(target2.isLate(of(2026, 7, 3), 2, of(2026, 7, 1), Instant.parse("2026-07-01T14:00:01Z")))
                .isTrue();
    }

    @Test
    void isLateOnTheSubmissionDateOnlyAfterTheCutOffInItsZoneInWinter() {
        // 16:00 in Berlin on 15 January 2026 (UTC+1) is 15:00 UTC.
        assertThat(target2.isLate(of(2026, 1, 19), 2, of(2026, 1, 15), Instant.parse("2026-01-15T14:30:00Z")))
                .isFalse();
        assertThat(target2.isLate(of(2026, 1, 19), 2, of(2026, 1, 15), Instant.parse("2026-01-15T15:30:00Z")))
                .isTrue();
    }

    @Test
    void judgesTheCutOffOnTheBusinessDateOfItsZoneNotOfUtc() {
        SubmissionDates newYork = new SubmissionDates(new Target2Calendar(), LocalTime.of(23, 0), NEW_YORK);

        // 23:00 in New York on 2 March 2026 (UTC-5) is 04:00 UTC on 3 March.
        assertThat(newYork.isLate(of(2026, 3, 3), 1, of(2026, 3, 2), Instant.parse("2026-03-03T03:00:00Z")))
                .isFalse();
        assertThat(newYork.isLate(of(2026, 3, 3), 1, of(2026, 3, 2), Instant.parse("2026-03-03T04:00:01Z")))
                .isTrue();
    }

    @Test
    void isNeitherDueNorLateBeforeTheSubmissionDate() {
        Instant afterCutOff = Instant.parse("2026-03-31T20:00:00Z");

        assertThat(target2.isDue(of(2026, 4, 7), 2, of(2026, 3, 31))).isFalse();
        assertThat(target2.isLate(of(2026, 4, 7), 2, of(2026, 3, 31), afterCutOff)).isFalse();
    }

    @Test
    void forecastsSettlementTheLeadTimeAfterSubmission() {
        assertThat(target2.forecastedSettlementDate(of(2026, 4, 1), 2)).isEqualTo(of(2026, 4, 7));
        assertThat(target2.forecastedSettlementDate(of(2026, 12, 31), 1)).isEqualTo(of(2027, 1, 4));
        assertThat(uk.forecastedSettlementDate(of(2026, 12, 24), 1)).isEqualTo(of(2026, 12, 29));
        assertThat(target2.forecastedSettlementDate(of(2026, 4, 7), 0)).isEqualTo(of(2026, 4, 7));
    }

    @Test
    void forecastsFromTheNextBusinessDayWhenSubmittedOnAClosedDay() {
        // Submitted on Good Friday, processed on Tuesday 7 April; one business day on is Wednesday 8 April.
        assertThat(target2.forecastedSettlementDate(of(2026, 4, 3), 1)).isEqualTo(of(2026, 4, 8));
        assertThat(target2.forecastedSettlementDate(of(2026, 4, 4), 0)).isEqualTo(of(2026, 4, 7));
    }

    @Test
    void forecastsTheSettledByDateWhenSubmittedOnTheSubmissionDate() {
        of(2026, 1, 1).datesUntil(of(2028, 1, 1)).forEach(settledBy -> {
            var submission = uk.submissionDate(settledBy, 2);

            assertThat(uk.forecastedSettlementDate(submission, 2)).as("settled by %s", settledBy)
                    .isEqualTo(new UkCalendar().onOrBefore(settledBy));
        });
    }
}
