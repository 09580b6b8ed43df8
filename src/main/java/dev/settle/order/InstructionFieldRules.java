package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rule of each instruction field on its own: parse the raw text, or add the error and answer null so the
 * other fields are still checked.
 */
final class InstructionFieldRules {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,15})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private InstructionFieldRules() {
    }

    static void ref(String value, ErrorCode required, ErrorCode invalid, List<ApiError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(ApiError.of(required));
        } else if (!InstructionValidator.REF.matcher(value).matches()) {
            errors.add(ApiError.of(invalid, "value", value));
        }
    }

    static Direction direction(String value, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(ApiError.of(ErrorCode.DIRECTION_IS_REQUIRED));
            return null;
        }
        try {
            return Direction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(ApiError.of(ErrorCode.DIRECTION_IS_INVALID, "value", value));
            return null;
        }
    }

    static Currency currency(String value, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(ApiError.of(ErrorCode.CURRENCY_IS_REQUIRED));
            return null;
        }
        try {
            Currency currency = value.matches("[A-Z]{3}") ? Currency.getInstance(value) : null;
            if (currency != null && currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(ApiError.of(ErrorCode.CURRENCY_NOT_SUPPORTED, "value", value));
        return null;
    }

    static BigDecimal amount(String value, Currency currency, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(ApiError.of(ErrorCode.AMOUNT_IS_REQUIRED));
            return null;
        }
        String text = value.trim();
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            errors.add(amountError(value, "must be a plain decimal number such as 10.50"));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0) {
            errors.add(amountError(value, "must be greater than zero"));
            return null;
        }
        if (currency != null && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            errors.add(amountError(value, currency.getCurrencyCode() + " allows at most "
                    + currency.getDefaultFractionDigits() + " decimal places"));
            return null;
        }
        return amount;
    }

    static ApiError amountError(String value, String reason) {
        return ApiError.of(ErrorCode.AMOUNT_IS_INVALID, Map.of("value", value, "reason", reason));
    }

    static String country(String value, List<ApiError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!COUNTRIES.contains(value)) {
            errors.add(ApiError.of(ErrorCode.COUNTRY_IS_INVALID, "value", value));
            return null;
        }
        return value;
    }

    static LocalDate settledByDate(String value, LocalDate today, boolean mayBePast, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(ApiError.of(ErrorCode.SETTLED_BY_DATE_IS_REQUIRED));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim(), DATE);
            if (!mayBePast && date.isBefore(today)) {
                errors.add(dateError(value, "must not be in the past (today is " + today + ")"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(dateError(value, "expected a date as yyyy-MM-dd"));
            return null;
        }
    }

    static ApiError dateError(String value, String reason) {
        return ApiError.of(ErrorCode.SETTLED_BY_DATE_IS_INVALID, Map.of("value", value, "reason", reason));
    }

    static UUID instrumentId(String value, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ID_IS_INVALID, "value", value));
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
