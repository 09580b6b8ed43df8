package dev.settle.settlement.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday of the Gregorian calendar, computed for any year with the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), so calendars never depend on a table that runs out.
 */
public final class Easter {

    /** The first year the Gregorian calendar, and so this computation, applies to. */
    public static final int FIRST_YEAR = 1583;

    private Easter() {
    }

    /**
     * Easter Sunday of the year: between 22 March and 25 April inclusive.
     *
     * @throws IllegalArgumentException for a year before {@value #FIRST_YEAR}
     */
    public static LocalDate sunday(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("Easter is computed for Gregorian years from " + FIRST_YEAR
                    + " on, got " + year);
        }
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Good Friday: two days before Easter Sunday. */
    public static LocalDate goodFriday(int year) {
        return sunday(year).minusDays(2);
    }

    /** Easter Monday: the day after Easter Sunday. */
    public static LocalDate monday(int year) {
        return sunday(year).plusDays(1);
    }
}
