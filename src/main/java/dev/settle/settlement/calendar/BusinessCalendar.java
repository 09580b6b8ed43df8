package dev.settle.settlement.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The days on which a payment system settles. Implementations say which days are business days; the date
 * arithmetic is defined here once, so every calendar counts business days the same way.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface BusinessCalendar {

    /** The stable code schemes name this calendar by, e.g. {@code TARGET2}. */
    String code();

    /** Whether the payment system settles on this date. */
    boolean isBusinessDay(LocalDate date);

    /** The date itself when it is a business day, otherwise the nearest business day before it. */
    default LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The date itself when it is a business day, otherwise the nearest business day after it. */
    default LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The {@code n}-th business day before {@code date}: only business days strictly before the date are
     * counted, so from a Monday or a Saturday one business day back is the Friday (when that is a business day).
     * For {@code n = 0} the date is returned unchanged, business day or not.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    default LocalDate minusBusinessDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The {@code n}-th business day after {@code date}: only business days strictly after the date are
     * counted, so from a Friday or a Saturday one business day on is the Monday (when that is a business day).
     * For {@code n = 0} the date is returned unchanged, business day or not.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    default LocalDate plusBusinessDays(LocalDate date, int n) {
        requireNotNegative(n);
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Whether the date falls on a Saturday or a Sunday, closed in every calendar here. */
    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of business days must not be negative, got " + n);
        }
    }
}
