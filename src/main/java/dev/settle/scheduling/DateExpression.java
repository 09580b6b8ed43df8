package dev.settle.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date parameter of a schedule: {@code today}, {@code yesterday}, {@code today-N} or {@code today+N} (days), read
 * in the schedule's zone at the time the fire stands for, or a fixed {@code yyyy-MM-dd}.
 */
final class DateExpression {

    private static final Pattern RELATIVE = Pattern.compile("today([+-]\\d{1,3})?");

    private DateExpression() {
    }

    /** Why the text is no date expression, or null when it is one. */
    static String problem(String text) {
        try {
            evaluate(text, Instant.EPOCH, ZoneId.of("UTC"));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static LocalDate evaluate(String text, Instant fireTime, ZoneId zone) {
        LocalDate today = fireTime.atZone(zone).toLocalDate();
        if ("yesterday".equals(text)) {
            return today.minusDays(1);
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            return relative.group(1) == null ? today : today.plusDays(Integer.parseInt(relative.group(1)));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write today, yesterday, today-N, "
                    + "today+N or yyyy-MM-dd");
        }
    }
}
