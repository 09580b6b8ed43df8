package dev.settle.settlement.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar closed on a few more days than its rules give: one-off holidays taken from configuration.
 */
final class ClosingDaysCalendar implements BusinessCalendar {

    private final BusinessCalendar rules;

    private final Set<LocalDate> extraClosingDays;

    ClosingDaysCalendar(BusinessCalendar rules, Set<LocalDate> extraClosingDays) {
        this.rules = rules;
        this.extraClosingDays = Set.copyOf(extraClosingDays);
    }

    @Override
    public String code() {
        return rules.code();
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        return rules.isBusinessDay(date) && !extraClosingDays.contains(date);
    }

    @Override
    public String toString() {
        return rules.code() + " with extra closing days " + new TreeSet<>(extraClosingDays);
    }
}
