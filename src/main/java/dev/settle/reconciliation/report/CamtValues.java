package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Parses the few value types the camt reader takes: decimal amounts, counts and ISO dates or date-times. A value
 * that does not parse is reported to the problem sink with its element and line, and read as absent.
 */
final class CamtValues {

    private CamtValues() {
    }

    /** The amount of an element with a {@code Ccy} attribute, or null when its text is not a decimal number. */
    static CamtAmount amount(String text, String currency, String element, int line, Consumer<String> problems) {
        BigDecimal value = decimal(text, element, line, problems);
        return value == null ? null : new CamtAmount(value.abs(), currency);
    }

    /** The decimal number, or null when the text is not one. */
    static BigDecimal decimal(String text, String element, int line, Consumer<String> problems) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.accept(describe(element, line, text, "is not a decimal number"));
            return null;
        }
    }

    /** The whole number, or null when the text is not one. */
    static Long count(String text, String element, int line, Consumer<String> problems) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            problems.accept(describe(element, line, text, "is not a whole number"));
            return null;
        }
    }

    /**
     * The calendar date of an ISO date ({@code Dt}, an offset allowed) or date-time ({@code DtTm}); a date-time
     * keeps the date written in the file, the bank's local date, rather than converting it to another zone.
     */
    static LocalDate date(String text, String element, int line, Consumer<String> problems) {
        try {
            DateTimeFormatter format = text.indexOf('T') > 0 ? DateTimeFormatter.ISO_DATE_TIME
                    : DateTimeFormatter.ISO_DATE;
            return LocalDate.from(format.parse(text));
        } catch (DateTimeParseException e) {
            problems.accept(describe(element, line, text, "is not an ISO date or date-time"));
            return null;
        }
    }

    private static String describe(String element, int line, String text, String what) {
        return "line " + line + ": " + element + " '" + text + "' " + what;
    }
}
