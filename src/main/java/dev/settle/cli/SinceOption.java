package dev.settle.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Durations and points in time as operators type them: {@code 30m}, {@code 48h}, {@code 3d}, ISO-8601. */
final class SinceOption {

    private SinceOption() {
    }

    /** {@code 30m}, {@code 48h}, {@code 3d} or an ISO-8601 duration ({@code PT36H}); IllegalArgumentException else. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.matches("\\d+[mhd]")) {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                return switch (value.charAt(value.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(text.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30m, 48h, 3d or PT36H", e);
        }
    }

    /**
     * A point in time in this machine's zone: a date ({@code 2031-03-04}, its start), a date and time
     * ({@code 2031-03-04T18:00}) or a duration back from now ({@code 24h}).
     */
    static LocalDateTime since(String text, Clock clock) {
        try {
            return text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException notADate) {
            try {
                return LocalDateTime.ofInstant(clock.instant().minus(duration(text)), ZoneId.systemDefault());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is neither a date (2031-03-04), a date and time "
                        + "(2031-03-04T18:00) nor a duration back from now (30m, 24h, 7d)");
            }
        }
    }
}
