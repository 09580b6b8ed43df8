package dev.settle.schemeconfig;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A scheme as an operator defines it, values as typed. {@link #problems} lists everything wrong with it against
 * the writer types and calendars this build has, without touching a database; {@link #toConfig} builds the
 * configuration to store.
 */
public record SchemeDefinition(String schemeId, String name, String writerType, List<String> currencies,
        List<String> directions, String calendar, int leadTimeDays, String cutOffTime, String cutOffZone,
        boolean lateSubmissionAllowed, int maxItemsPerFile, Map<String, String> settings) {

    public static final Set<String> DIRECTIONS = sorted("CREDIT", "DEBIT");
    private static final Pattern SCHEME_ID = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final int NAME_MAX = 100;
    // The width of the scheme table's currencies column.
    private static final int CURRENCIES_TEXT_MAX = 200;

    public SchemeDefinition {
        currencies = upper(currencies);
        directions = upper(directions);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /**
     * Everything wrong with this definition, one message each; empty when it can be stored.
     *
     * @param writerTypes the writer types this build has a writer for
     * @param calendars the business-day calendars this build knows
     */
    public List<String> problems(Set<String> writerTypes, Set<String> calendars) {
        return collectProblems(Objects.requireNonNull(writerTypes, "writerTypes"),
                Objects.requireNonNull(calendars, "calendars"));
    }

    /**
     * What is wrong with this definition whatever the build has: everything but a writer type or calendar that
     * exists, which needs the running application. Lets a command refuse bad options before it starts.
     */
    public List<String> problemsOfForm() {
        return collectProblems(null, null);
    }

    // Null sets are not judged.
    private List<String> collectProblems(Set<String> writerTypes, Set<String> calendars) {
        List<String> problems = new ArrayList<>();
        if (schemeId == null || !SCHEME_ID.matcher(schemeId).matches()) {
            problems.add("scheme id '" + schemeId + "' must be 1-50 characters of A-Z, a-z, 0-9, '-', '_' or '.'");
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            problems.add("name must be 1-" + NAME_MAX + " characters");
        }
        String writer = upper(writerType);
        if (writer.isEmpty()) {
            problems.add("writer type is required");
        } else if (writerTypes != null && !writerTypes.contains(writer)) {
            problems.add("writer type '" + writerType + "' is unknown; use one of " + new TreeSet<>(writerTypes));
        }
        if (currencies.isEmpty()) {
            problems.add("at least one currency is needed");
        }
        currencies.stream().filter(code -> !isCurrency(code))
                .forEach(code -> problems.add("currency '" + code + "' is not an ISO 4217 code"));
        if (String.join(",", currencies).length() > CURRENCIES_TEXT_MAX) {
            problems.add("too many currencies: at most " + CURRENCIES_TEXT_MAX / 4 + " fit");
        }
        if (directions.isEmpty()) {
            problems.add("at least one direction is needed");
        }
        directions.stream().filter(direction -> !DIRECTIONS.contains(direction))
                .forEach(direction -> problems.add("direction '" + direction + "' must be CREDIT or DEBIT"));
        sepaRules(writer, problems);
        if (upper(calendar).isEmpty()) {
            problems.add("calendar is required");
        } else if (calendars != null && !calendars.contains(upper(calendar))) {
            problems.add("calendar '" + calendar + "' is unknown; use one of " + new TreeSet<>(calendars));
        }
        if (leadTimeDays < 0) {
            problems.add("lead time must be 0 or more business days, got " + leadTimeDays);
        }
        if (parseTime() == null) {
            problems.add("cut-off '" + cutOffTime + "' is not a time of day HH:mm");
        }
        if (parseZone() == null) {
            problems.add("time zone '" + cutOffZone + "' is unknown; use a region id such as Europe/Brussels");
        }
        if (maxItemsPerFile < 1) {
            problems.add("maximum items per file must be 1 or more, got " + maxItemsPerFile);
        }
        settings.keySet().stream().filter(String::isBlank).findAny()
                .ifPresent(blank -> problems.add("setting keys must not be blank"));
        return problems;
    }

    /**
     * The enabled configuration this definition describes, for {@code tenantId}.
     *
     * @throws IllegalArgumentException listing every problem when the definition is not valid
     */
    public SchemeConfig toConfig(UUID tenantId, Instant createdAt, Set<String> writerTypes, Set<String> calendars) {
        List<String> problems = problems(writerTypes, calendars);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new SchemeConfig(tenantId, schemeId, name.trim(), upper(writerType), Set.copyOf(currencies),
                Set.copyOf(directions), upper(calendar), leadTimeDays, parseTime(), parseZone(), lateSubmissionAllowed,
                maxItemsPerFile, settings, true, createdAt);
    }

    // SEPA files carry euro only, and a credit transfer file cannot collect nor a direct-debit file pay out.
    private void sepaRules(String writer, List<String> problems) {
        if (writer.startsWith("SEPA_") && currencies.stream().anyMatch(code -> !code.equals("EUR"))) {
            problems.add(writer + " carries EUR only, got " + currencies);
        }
        String only = "SEPA_SCT".equals(writer) ? "CREDIT" : "SEPA_SDD_CORE".equals(writer) ? "DEBIT" : null;
        if (only != null && directions.stream().anyMatch(direction -> !direction.equals(only))) {
            problems.add(writer + " supports " + only + " only, got " + directions);
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private LocalTime parseTime() {
        try {
            return cutOffTime == null ? null : LocalTime.parse(cutOffTime.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private ZoneId parseZone() {
        try {
            return cutOffZone == null || cutOffZone.isBlank() ? null : ZoneId.of(cutOffZone.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Set<String> sorted(String... values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(values)));
    }

    private static String upper(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }

    private static List<String> upper(List<String> values) {
        return values == null ? List.of() : values.stream().map(SchemeDefinition::upper).distinct().toList();
    }

    @Override
    public String toString() {
        return "SchemeDefinition[schemeId=" + schemeId + ", writerType=" + writerType + ", settings="
                + SchemeSettings.describe(settings) + "]";
    }
}
