package dev.settle.settlement.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Target2CalendarTests {

    final BusinessCalendar target2 = new Target2Calendar();

    /** Every weekday of the year the calendar is closed on, in order. */
    static List<LocalDate> weekdayClosingDays(BusinessCalendar calendar, int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> !BusinessCalendar.isWeekend(day))
                .filter(day -> !calendar.isBusinessDay(day))
                .toList();
    }

    static List<LocalDate> weekendsOpen(BusinessCalendar calendar, int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(BusinessCalendar::isWeekend)
                .filter(calendar::isBusinessDay)
                .toList();
    }

    @Test
    void hasItsCode() {
        assertThat(target2.code()).isEqualTo("TARGET2");
    }

    @Test
    void isClosedOnEveryTarget2HolidayOf2026AndNoOtherWeekday() {
        // 26 December 2026 is a Saturday, closed anyway and not moved.
        assertThat(weekdayClosingDays(target2, 2026))
                .containsExactly(of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 1), of(2026, 12, 25));
        assertThat(target2.isBusinessDay(of(2026, 12, 26))).isFalse();
        assertThat(weekendsOpen(target2, 2026)).isEmpty();
    }

    @Test
    void isClosedOnEveryTarget2HolidayOf2027AndNoOtherWeekday() {
        // 1 May, 25 and 26 December 2027 fall on weekends: TARGET2 has no substitute days.
        assertThat(weekdayClosingDays(target2, 2027))
                .containsExactly(of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29));
        assertThat(target2.isBusinessDay(of(2027, 5, 3))).isTrue();
        assertThat(target2.isBusinessDay(of(2027, 12, 27))).isTrue();
        assertThat(target2.isBusinessDay(of(2027, 12, 28))).isTrue();
        assertThat(weekendsOpen(target2, 2027)).isEmpty();
    }

    @Test
    void isOpenOnUkBankHolidaysThatAreNotTarget2Holidays() {
        assertThat(target2.isBusinessDay(of(2026, 5, 4))).isTrue();
        assertThat(target2.isBusinessDay(of(2026, 5, 25))).isTrue();
        assertThat(target2.isBusinessDay(of(2026, 8, 31))).isTrue();
        assertThat(target2.isBusinessDay(of(2026, 12, 28))).isTrue();
    }
}
