package dev.settle.settlement.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    final BusinessCalendar target2 = new Target2Calendar();

    @Test
    void onOrBeforeKeepsABusinessDayAndMovesAnyOtherDayBackOverHolidaysAndWeekends() {
        assertThat(target2.onOrBefore(of(2026, 4, 2))).isEqualTo(of(2026, 4, 2));
        // Easter Monday, Sunday, Saturday and Good Friday are all closed.
        assertThat(target2.onOrBefore(of(2026, 4, 6))).isEqualTo(of(2026, 4, 2));
        assertThat(target2.onOrBefore(of(2026, 3, 28))).isEqualTo(of(2026, 3, 27));
    }

    @Test
    void onOrAfterKeepsABusinessDayAndMovesAnyOtherDayForward() {
        assertThat(target2.onOrAfter(of(2026, 4, 7))).isEqualTo(of(2026, 4, 7));
        assertThat(target2.onOrAfter(of(2026, 4, 3))).isEqualTo(of(2026, 4, 7));
        assertThat(target2.onOrAfter(of(2026, 12, 25))).isEqualTo(of(2026, 12, 28));
    }

    @Test
    void minusBusinessDaysCountsOnlyBusinessDaysStrictlyBefore() {
        assertThat(target2.minusBusinessDays(of(2026, 4, 7), 1)).isEqualTo(of(2026, 4, 2));
        assertThat(target2.minusBusinessDays(of(2026, 4, 7), 2)).isEqualTo(of(2026, 4, 1));
        // From a Saturday one back is the Friday, the same as from the Monday after.
        assertThat(target2.minusBusinessDays(of(2026, 3, 28), 1)).isEqualTo(of(2026, 3, 27));
        assertThat(target2.minusBusinessDays(of(2026, 3, 30), 1)).isEqualTo(of(2026, 3, 27));
        assertThat(target2.minusBusinessDays(of(2027, 1, 4), 1)).isEqualTo(of(2026, 12, 31));
    }

    @Test
    void plusBusinessDaysCountsOnlyBusinessDaysStrictlyAfter() {
        assertThat(target2.plusBusinessDays(of(2026, 4, 2), 1)).isEqualTo(of(2026, 4, 7));
        assertThat(target2.plusBusinessDays(of(2026, 12, 24), 2)).isEqualTo(of(2026, 12, 29));
        assertThat(target2.plusBusinessDays(of(2026, 12, 31), 1)).isEqualTo(of(2027, 1, 4));
    }

    @Test
    void zeroBusinessDaysLeavesTheDateAsItIs() {
        assertThat(target2.minusBusinessDays(of(2026, 3, 28), 0)).isEqualTo(of(2026, 3, 28));
        assertThat(target2.plusBusinessDays(of(2026, 3, 28), 0)).isEqualTo(of(2026, 3, 28));
    }

    @Test
    void plusUndoesMinusFromABusinessDay() {
        of(2026, 1, 1).datesUntil(of(2028, 1, 1)).filter(target2::isBusinessDay).forEach(day ->
                assertThat(target2.plusBusinessDays(target2.minusBusinessDays(day, 3), 3)).as("%s", day)
                        .isEqualTo(day));
    }

    @Test
    void refusesANegativeNumberOfBusinessDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> target2.minusBusinessDays(of(2026, 4, 7), -1))
                .withMessage("number of business days must not be negative, got -1");
        assertThatIllegalArgumentException().isThrownBy(() -> target2.plusBusinessDays(of(2026, 4, 7), -2))
                .withMessage("number of business days must not be negative, got -2");
    }
}
