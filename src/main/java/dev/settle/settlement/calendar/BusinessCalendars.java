package dev.settle.settlement.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The business-day calendars by code: {@code TARGET2} and {@code UK}, each closed on the extra days configured
 * for its code under {@code settle.calendars.extra-closing-days}.
 *
 * <p>Extra closing days configured for a code no calendar has fail at start-up, so a misspelt code cannot
 * silently leave a holiday open.
 */
@Component
public class BusinessCalendars {

    private final SortedMap<String, BusinessCalendar> calendarsByCode;

    public BusinessCalendars(CalendarProperties properties) {
        TreeMap<String, BusinessCalendar> rules = new TreeMap<>();
        for (BusinessCalendar calendar : List.of(new Target2Calendar(), new UkCalendar())) {
            rules.put(calendar.code(), calendar);
        }
        Set<String> unknown = new TreeSet<>(properties.extraClosingDays().keySet());
        unknown.removeAll(rules.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("settle.calendars.extra-closing-days names unknown calendars "
                    + unknown + "; known calendars: " + rules.keySet());
        }
        rules.replaceAll((code, rule) -> withExtraClosingDays(rule, properties.extraClosingDays().get(code)));
        this.calendarsByCode = Collections.unmodifiableSortedMap(rules);
    }

    private static BusinessCalendar withExtraClosingDays(BusinessCalendar calendar, List<LocalDate> days) {
        return days == null || days.isEmpty() ? calendar : new ClosingDaysCalendar(calendar, Set.copyOf(days));
    }

    /**
     * The calendar of this code, as named by a scheme's {@code calendar} setting.
     *
     * @throws IllegalArgumentException when no calendar has the code; the message names the known codes
     */
    public BusinessCalendar get(String code) {
        BusinessCalendar calendar = code == null ? null : calendarsByCode.get(code);
        if (calendar == null) {
            throw new IllegalArgumentException("unknown business-day calendar '" + code + "'; known calendars: "
                    + calendarsByCode.keySet());
        }
        return calendar;
    }

    /** The codes of all calendars, sorted. */
    public Set<String> codes() {
        return calendarsByCode.keySet();
    }
}
