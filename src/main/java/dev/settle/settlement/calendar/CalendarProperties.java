package dev.settle.settlement.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the business-day calendars ({@code settle.calendars.*}).
 *
 * <p>Example, for the one-off UK bank holidays of 2022 and 2023:
 * <pre>
 * settle:
 *   calendars:
 *     extra-closing-days:
 *       UK: [2022-09-19, 2023-05-08]
 * </pre>
 *
 * @param extraClosingDays per calendar code, days the calendar is closed on top of its rules: holidays
 *     proclaimed for one year only; dates are ISO {@code yyyy-MM-dd}
 */
@ConfigurationProperties("settle.calendars")
public record CalendarProperties(Map<String, List<LocalDate>> extraClosingDays) {

    public CalendarProperties {
        extraClosingDays = extraClosingDays == null ? Map.of() : extraClosingDays.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }
}
