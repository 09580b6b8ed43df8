package dev.settle.settlement.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The bank holidays of England and Wales, as sterling settlement observes them: closed on Saturdays, Sundays
 * and
 * <ul>
 *   <li>New Year's Day, 1 January, or the Monday after when it falls on a Saturday or Sunday;</li>
 *   <li>Good Friday and Easter Monday;</li>
 *   <li>the early May bank holiday, the first Monday of May;</li>
 *   <li>the spring bank holiday, the last Monday of May;</li>
 *   <li>the summer bank holiday, the last Monday of August;</li>
 *   <li>Christmas Day and Boxing Day, each moved when on a weekend to the next weekday not already a holiday:
 *       Christmas on a Friday closes Friday 25 and Monday 28; on a Saturday, Monday 27 and Tuesday 28; on a
 *       Sunday, Monday 26 and Tuesday 27.</li>
 * </ul>
 *
 * <p>Holidays proclaimed for one year only, such as a state funeral (19 September 2022) or a coronation
 * (8 May 2023), follow no rule and are configured as extra closing days instead; see {@link BusinessCalendars}.
 * A rule-based holiday moved for one year (the early May holiday of 2020, the spring holiday of 2022) cannot be
 * expressed that way, because its usual date was a business day that year; the rules here give the usual date.
 */
public final class UkCalendar implements BusinessCalendar {

    /** The code schemes name this calendar by. */
    public static final String CODE = "UK";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        return !BusinessCalendar.isWeekend(date) && !bankHolidays(date.getYear()).contains(date);
    }

    /** The bank holidays of the year, substitute days included, each a weekday. */
    static Set<LocalDate> bankHolidays(int year) {
        LocalDate christmas = nextWeekday(LocalDate.of(year, Month.DECEMBER, 25));
        LocalDate boxingDay = nextWeekday(LocalDate.of(year, Month.DECEMBER, 26));
        if (boxingDay.equals(christmas)) {
            boxingDay = nextWeekday(boxingDay.plusDays(1));
        }
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        return Set.of(
                nextWeekday(LocalDate.of(year, Month.JANUARY, 1)),
                Easter.goodFriday(year),
                Easter.monday(year),
                may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                christmas,
                boxingDay);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date;
        while (BusinessCalendar.isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public String toString() {
        return CODE;
    }
}
