package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of one PSP settlement line, each checked as it is taken; every fault found is kept, naming its
 * column, so one problem can tell the operator all that is wrong with the line.
 */
final class PspLineValues {

    /** Digits with an optional point and at most three decimals (the most any ISO 4217 currency has). */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,17}(\\.[0-9]{1,3})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
    /** Plenty for a number, a date or a currency, and a bound on what a fault message repeats. */
    private static final int MAX_VALUE = 40;

    private final PspSettlementColumns columns;
    private final List<String> fields;
    private final List<String> faults = new ArrayList<>();

    PspLineValues(PspSettlementColumns columns, List<String> fields) {
        this.columns = columns;
        this.fields = fields;
    }

    /** What is wrong with the line so far, each naming its column. */
    List<String> faults() {
        return List.copyOf(faults);
    }

    /** Adds a fault found by the caller; it names its column. */
    void fault(String message) {
        faults.add(message);
    }

    /** The column's value, or null when empty (a fault when required) or longer than {@code maxLength}. */
    String text(String column, boolean required, int maxLength) {
        String value = columns.value(fields, column);
        if (value == null && required) {
            faults.add("column '" + column + "' is empty");
        } else if (value != null && value.length() > maxLength) {
            faults.add("column '%s' is longer than %d characters".formatted(column, maxLength));
            return null;
        }
        return value;
    }

    /** An amount: positive, or also zero when {@code zeroAllowed}; null when empty or not an amount. */
    BigDecimal amount(String column, boolean required, boolean zeroAllowed) {
        String value = text(column, required, MAX_VALUE);
        if (value == null) {
            return null;
        }
        if (value.startsWith("-")) {
            faults.add("column '%s': '%s' is negative; amounts are positive, the record type says which way the"
                    .formatted(column, value) + " money went");
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            faults.add("column '%s': '%s' is not a decimal number written with a point and at most 3 decimals"
                    .formatted(column, value));
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() == 0 && !zeroAllowed) {
            faults.add("column '%s': '%s' is zero; it must be positive".formatted(column, value));
            return null;
        }
        return amount;
    }

    /** An ISO 4217 code, case aside, given in upper case; null when empty or unknown. */
    String currency(String column) {
        String value = text(column, true, MAX_VALUE);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(code)) {
            faults.add("column '%s': '%s' is not an ISO 4217 currency code".formatted(column, value));
            return null;
        }
        return code;
    }

    /** A date written yyyy-MM-dd; null when empty or not a date. */
    LocalDate date(String column, boolean required) {
        String value = text(column, required, MAX_VALUE);
        if (value == null) {
            return null;
        }
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // an impossible day such as 2031-02-30: reported below like any other bad date
        }
        faults.add("column '%s': '%s' is not a date written yyyy-MM-dd".formatted(column, value));
        return null;
    }
}
