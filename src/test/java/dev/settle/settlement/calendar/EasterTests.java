package dev.settle.settlement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTests {

    @ParameterizedTest
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2030, 2030-04-21",
            "2038, 2038-04-25",
            "1818, 1818-03-22",
            "2285, 2285-03-22",
            "1943, 1943-04-25",
            "2000, 2000-04-23",
            "1583, 1583-04-10"})
    void computesEasterSundayOfKnownYears(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }

    @Test
    void goodFridayAndEasterMondayFrameEasterSunday() {
        assertThat(Easter.goodFriday(2026)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(Easter.monday(2026)).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(Easter.goodFriday(2024)).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(Easter.monday(2024)).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void everyEasterIsASundayBetween22MarchAnd25April() {
        for (int year = Easter.FIRST_YEAR; year <= 4099; year++) {
            LocalDate easter = Easter.sunday(year);

            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("Easter %d", year)
                    .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void refusesYearsBeforeTheGregorianCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> Easter.sunday(1582))
                .withMessage("Easter is computed for Gregorian years from 1583 on, got 1582");
    }
}
