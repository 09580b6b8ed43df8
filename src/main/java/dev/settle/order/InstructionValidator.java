package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The one set of instruction rules, shared by the API and the CSV import: every error of an instruction is
 * reported, not just the first. Customer defaults are applied before the scheme and instrument checks so an
 * inherited value is checked like a given one.
 */
@Component
public class InstructionValidator {

    /** Order, instruction and customer refs: 1-50 characters of letters, digits, '-', '_' and '.'. */
    public static final Pattern REF = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,15})?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clock clock;

    public InstructionValidator(Clock clock) {
        this.clock = clock;
    }

    /** The outcome: a draft when {@code errors} is empty. */
    public record Validation(InstructionDraft draft, List<ApiError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Validation validate(InstructionFields fields, CustomerDefault customerDefault,
            InstructionReferences references) {
        return validate(fields, customerDefault, references, false);
    }

    /**
     * As {@link #validate(InstructionFields, CustomerDefault, InstructionReferences)}; an update that keeps an
     * instruction's settledByDate may keep a date that has since passed (a {@code LATE} instruction's).
     */
    public Validation validate(InstructionFields fields, CustomerDefault customerDefault,
            InstructionReferences references, boolean keepsSettledByDate) {
        List<ApiError> errors = new ArrayList<>();
        ref(fields.instructionRef(), ErrorCode.INSTRUCTION_REF_IS_REQUIRED, ErrorCode.INSTRUCTION_REF_IS_INVALID, errors);
        ref(fields.customerRef(), ErrorCode.CUSTOMER_REF_IS_REQUIRED, ErrorCode.CUSTOMER_REF_IS_INVALID, errors);
        Direction direction = direction(fields.direction(), errors);
        Currency currency = currency(fields.currency(), errors);
        BigDecimal amount = amount(fields.amount(), currency, errors);
        String country = country(fields.country(), errors);
        LocalDate settledByDate = settledByDate(fields.settledByDate(), keepsSettledByDate, errors);
        UUID instrumentId = instrumentId(fields.financialInstrumentId(), errors);
        String schemeId = blankToNull(fields.schemeId());
        errors.addAll(MetadataRules.validate("metadata", fields.metadata()));

        ValueSource instrumentSource = instrumentId != null ? ValueSource.MANUALLY_SET : ValueSource.NONE;
        ValueSource schemeSource = schemeId != null ? ValueSource.MANUALLY_SET : ValueSource.NONE;
        Map<String, String> own = fields.metadata() == null ? Map.of() : fields.metadata();
        Map<String, String> effective = new LinkedHashMap<>();
        if (customerDefault != null) {
            if (instrumentId == null && customerDefault.financialInstrumentId() != null) {
                instrumentId = customerDefault.financialInstrumentId();
                instrumentSource = ValueSource.CUSTOMER_DEFAULT;
            }
            if (schemeId == null && customerDefault.schemeId() != null) {
                schemeId = customerDefault.schemeId();
                schemeSource = ValueSource.CUSTOMER_DEFAULT;
            }
            effective.putAll(customerDefault.metadata());
        }
        effective.putAll(own);
        checkScheme(schemeId, direction, currency, references, errors);
        checkInstrument(instrumentId, direction, references, errors);
        if (!errors.isEmpty()) {
            return new Validation(null, List.copyOf(errors));
        }
        return new Validation(new InstructionDraft(fields.instructionRef(), fields.customerRef(), direction,
                amount.setScale(currency.getDefaultFractionDigits()), currency.getCurrencyCode(), country,
                settledByDate, instrumentId, instrumentSource, schemeId, schemeSource, Map.copyOf(own),
                Map.copyOf(effective)), List.of());
    }

    public static void ref(String value, ErrorCode required, ErrorCode invalid, List<ApiError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(ApiError.of(required));
        } else if (!REF.matcher(value).matches()) {
            errors.add(ApiError.of(invalid, "value", value));
        }
    }

    private static Direction direction(String value, List<ApiError> errors) {
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

    private static Currency currency(String value, List<ApiError> errors) {
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

    private static BigDecimal amount(String value, Currency currency, List<ApiError> errors) {
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

    private static ApiError amountError(String value, String reason) {
        return ApiError.of(ErrorCode.AMOUNT_IS_INVALID, Map.of("value", value, "reason", reason));
    }

    private static String country(String value, List<ApiError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!COUNTRIES.contains(value)) {
            errors.add(ApiError.of(ErrorCode.COUNTRY_IS_INVALID, "value", value));
            return null;
        }
        return value;
    }

    private LocalDate settledByDate(String value, boolean mayBePast, List<ApiError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(ApiError.of(ErrorCode.SETTLED_BY_DATE_IS_REQUIRED));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim(), DATE);
            if (!mayBePast && date.isBefore(LocalDate.now(clock))) {
                errors.add(dateError(value, "must not be in the past (today is " + LocalDate.now(clock) + ")"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(dateError(value, "expected a date as yyyy-MM-dd"));
            return null;
        }
    }

    private static ApiError dateError(String value, String reason) {
        return ApiError.of(ErrorCode.SETTLED_BY_DATE_IS_INVALID, Map.of("value", value, "reason", reason));
    }

    private static UUID instrumentId(String value, List<ApiError> errors) {
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

    private static void checkScheme(String schemeId, Direction direction, Currency currency,
            InstructionReferences references, List<ApiError> errors) {
        if (schemeId == null) {
            return;
        }
        var scheme = references.scheme(schemeId);
        if (scheme.isEmpty()) {
            errors.add(ApiError.of(ErrorCode.SCHEME_ID_NOT_RECOGNISED, "value", schemeId));
        } else if (direction != null && currency != null && !scheme.get().supports(direction, currency.getCurrencyCode())) {
            errors.add(ApiError.of(ErrorCode.SCHEME_ID_NOT_SUPPORTED, Map.of("value", schemeId,
                    "direction", direction, "currency", currency.getCurrencyCode())));
        }
    }

    private static void checkInstrument(UUID instrumentId, Direction direction, InstructionReferences references,
            List<ApiError> errors) {
        if (instrumentId == null) {
            return;
        }
        var instrument = references.instrument(instrumentId);
        if (instrument.isEmpty()) {
            errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_NOT_FOUND, "value", instrumentId));
        } else if (direction != null && !instrument.get().supports(direction)) {
            errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_NOT_SUPPORTED, Map.of("value", instrumentId,
                    "reason", instrument.get().active() ? "it cannot be used for " + direction : "it is INACTIVE")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
