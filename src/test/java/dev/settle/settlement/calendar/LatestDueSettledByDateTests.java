package dev.settle.settlement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The range form of "due" agrees with the per-instruction rule for every date of two years. */
class LatestDueSettledByDateTests {

    @Test
    void anInstructionIsDueExactlyWhenItsSettledByDateIsNotAfterTheLatestDueDate() {
        for (BusinessCalendar calendar : List.of(new Target2Calendar(), new UkCalendar())) {
            SubmissionDates dates = new SubmissionDates(calendar, LocalTime.of(14, 0), ZoneId.of("Europe/Brussels"));
            for (int lead = 0; lead <= 3; lead++) {
                for (LocalDate business = LocalDate.of(2026, 1, 1); business.getYear() < 2028;
                        business = business.plusDays(1)) {
                    LocalDate latest = dates.latestDueSettledByDate(business, lead);
                    for (LocalDate settledBy = business.minusDays(10); settledBy.isBefore(business.plusDays(25));
                            settledBy = settledBy.plusDays(1)) {
                        assertThat(dates.isDue(settledBy, lead, business))
                                .as("%s lead %d business %s settledBy %s latest %s", calendar.code(), lead, business,
                                        settledBy, latest)
                                .isEqualTo(!settledBy.isAfter(latest));
                    }
                }
            }
        }
    }

    @Test
    void overEasterTheLatestDueDateRunsToTheDayBeforeTheNextBusinessDay() {
        SubmissionDates target2 = new SubmissionDates(new Target2Calendar(), LocalTime.of(14, 0),
                ZoneId.of("Europe/Brussels"));

        // Good Friday (3 April 2026) and Easter Monday are closed. On Thursday with lead 1, everything up to Tuesday
        // 7 April (one business day later) is due; on Wednesday, Thursday and the closed days moved back onto it.
        assertThat(target2.latestDueSettledByDate(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(target2.latestDueSettledByDate(LocalDate.of(2026, 4, 1), 1)).isEqualTo(LocalDate.of(2026, 4, 6));
    }
}
