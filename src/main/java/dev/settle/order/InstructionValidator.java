package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        InstructionFieldRules.ref(fields.instructionRef(), ErrorCode.INSTRUCTION_REF_IS_REQUIRED, ErrorCode.INSTRUCTION_REF_IS_INVALID, errors);
        InstructionFieldRules.ref(fields.customerRef(), ErrorCode.CUSTOMER_REF_IS_REQUIRED, ErrorCode.CUSTOMER_REF_IS_INVALID, errors);
        Direction direction = InstructionFieldRules.direction(fields.direction(), errors);
        Currency currency = InstructionFieldRules.currency(fields.currency(), errors);
        BigDecimal amount = InstructionFieldRules.amount(fields.amount(), currency, errors);
        String country = InstructionFieldRules.country(fields.country(), errors);
        LocalDate settledByDate = InstructionFieldRules.settledByDate(fields.settledByDate(), LocalDate.now(clock),
                keepsSettledByDate, errors);
        UUID instrumentId = InstructionFieldRules.instrumentId(fields.financialInstrumentId(), errors);
        String schemeId = InstructionFieldRules.blankToNull(fields.schemeId());
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

    /** Checks a required ref: {@code required} when absent, {@code invalid} when it breaks the pattern. */
    public static void ref(String value, ErrorCode required, ErrorCode invalid, List<ApiError> errors) {
        InstructionFieldRules.ref(value, required, invalid, errors);
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
}
