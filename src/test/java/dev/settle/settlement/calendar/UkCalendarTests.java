package dev.settle.settlement.calendar;

import static dev.settle.settlement.calendar.Target2CalendarTests.weekdayClosingDays;
import static dev.settle.settlement.calendar.Target2CalendarTests.weekendsOpen;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkCalendarTests {

    final BusinessCalendar uk = new UkCalendar();

    @Test
    void hasItsCode() {
        assertThat(uk.code()).isEqualTo("UK");
    }

    @Test
    void isClosedOnThePublishedBankHolidaysOf2026() {
        // Boxing Day is a Saturday: substitute Monday 28 December.
        assertThat(weekdayClosingDays(uk, 2026)).containsExactly(
                of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 4), of(2026, 5, 25), of(2026, 8, 31),
                of(2026, 12, 25), of(2026, 12, 28));
        assertThat(weekendsOpen(uk, 2026)).isEmpty();
    }

    @Test
    void isClosedOnThePublishedBankHolidaysOf2027() {
        // Christmas is a Saturday and Boxing Day a Sunday: substitutes Monday 27 and Tuesday 28 December.
        assertThat(weekdayClosingDays(uk, 2027)).containsExactly(
                of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29), of(2027, 5, 3), of(2027, 5, 31), of(2027, 8, 30),
                of(2027, 12, 27), of(2027, 12, 28));
        assertThat(weekendsOpen(uk, 2027)).isEmpty();
    }

    @Test
    void movesChristmasOnASaturdayToMondayAndBoxingDayToTuesday() {
        assertThat(UkCalendar.bankHolidays(2021)).contains(of(2021, 12, 27), of(2021, 12, 28));
        assertThat(uk.isBusinessDay(of(2021, 12, 29))).isTrue();
    }

    @Test
    void movesChristmasOnASundayToTuesdayAfterBoxingDayOnMonday() {
        assertThat(UkCalendar.bankHolidays(2022)).contains(of(2022, 12, 26), of(2022, 12, 27));
        assertThat(uk.isBusinessDay(of(2022, 12, 28))).isTrue();
    }

    @Test
    void movesNewYearsDayOnASaturdayToMonday() {
        assertThat(uk.isBusinessDay(of(2022, 1, 3))).isFalse();
        assertThat(uk.isBusinessDay(of(2022, 1, 4))).isTrue();
    }

    @Test
    void movesNewYearsDayOnASundayToMonday() {
        assertThat(uk.isBusinessDay(of(2023, 1, 2))).isFalse();
        assertThat(uk.isBusinessDay(of(2023, 1, 3))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2023, 2026, 2027, 2030, 2032, 2038})
    void hasEightBankHolidaysOnDistinctWeekdaysEveryYear(int year) {
        assertThat(UkCalendar.bankHolidays(year)).hasSize(8)
                .allSatisfy(day -> assertThat(BusinessCalendar.isWeekend(day)).as("%s on a weekend", day).isFalse())
                .allSatisfy(day -> assertThat(day.getYear()).isEqualTo(year));
    }

    @Test
    void leavesOneOffHolidaysToConfiguration() {
        assertThat(uk.isBusinessDay(LocalDate.of(2022, 9, 19))).isTrue();
        assertThat(uk.isBusinessDay(LocalDate.of(2023, 5, 8))).isTrue();
    }
}
