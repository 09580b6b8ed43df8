package dev.settle.settlement.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Set;

/**
 * The TARGET2 calendar of euro settlement: closed on Saturdays, Sundays, 1 January, Good Friday, Easter
 * Monday, 1 May, 25 December and 26 December. A holiday on a weekend is not moved to another day.
 */
public final class Target2Calendar implements BusinessCalendar {

    /** The code schemes name this calendar by. */
    public static final String CODE = "TARGET2";

    private static final Set<MonthDay> FIXED_CLOSING_DAYS = Set.of(
            MonthDay.of(Month.JANUARY, 1),
            MonthDay.of(Month.MAY, 1),
            MonthDay.of(Month.DECEMBER, 25),
            MonthDay.of(Month.DECEMBER, 26));

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        if (BusinessCalendar.isWeekend(date) || FIXED_CLOSING_DAYS.contains(MonthDay.from(date))) {
            return false;
        }
        int year = date.getYear();
        return !date.equals(Easter.goodFriday(year)) && !date.equals(Easter.monday(year));
    }

    @Override
    public String toString() {
        return CODE;
    }
}
