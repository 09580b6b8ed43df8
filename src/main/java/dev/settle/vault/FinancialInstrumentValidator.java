package dev.settle.vault;

import static dev.settle.vault.FinancialInstrumentRequest.given;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.springframework.stereotype.Component;

/**
 * The one set of rules for a new financial instrument, shared by the API and the CSV import: answers every
 * error of a request, never only the first. Which fields a type needs, and which it must not carry:
 * <pre>
 *                 holderName  iban  bic       mandateId  mandateSignedOn  pspToken
 *  BANK_ACCOUNT   required    req.  optional  -          -                -
 *  SEPA_MANDATE   required    req.  optional  required   required         -
 *  PSP_TOKEN      optional    -     -         -          -                required
 * </pre>
 * Errors never quote an IBAN or a token: they are personal data.
 */
@Component
public class FinancialInstrumentValidator {

    static final Pattern REF = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    // The EPC's SEPA character set; mandate references must also not start or end with '/' nor hold '//'.
    private static final Pattern SEPA_IDENTIFIER = Pattern.compile("(?!/)(?!.*//)[A-Za-z0-9/?:().,'+ -]{1,35}(?<!/)");
    private static final Pattern PSP_TOKEN = Pattern.compile("\\S{1,200}");
    private static final int HOLDER_NAME_MAX = 140;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Clock clock;

    public FinancialInstrumentValidator(Clock clock) {
        this.clock = clock;
    }

    /** Every error of {@code request}; empty when it may be stored. */
    public List<ApiError> validate(FinancialInstrumentRequest request) {
        List<ApiError> errors = new ArrayList<>();
        String customerRef = given(request.customerRef());
        if (customerRef == null) {
            errors.add(ApiError.of(ErrorCode.CUSTOMER_REF_IS_REQUIRED));
        } else if (!REF.matcher(customerRef).matches()) {
            errors.add(ApiError.of(ErrorCode.CUSTOMER_REF_IS_INVALID, "value", customerRef));
        }
        Optional<InstrumentType> type = type(request.type(), errors);
        String holderName = field("holderName", request.holderName(), type, t -> true, InstrumentType::isBankAccount, errors);
        if (holderName != null && holderName.length() > HOLDER_NAME_MAX) {
            errors.add(invalid("holderName", "must be at most " + HOLDER_NAME_MAX + " characters"));
        }
        if (field("iban", request.iban(), type, InstrumentType::isBankAccount, InstrumentType::isBankAccount, errors) != null) {
            IbanCheck.problem(request.normalisedIban()).ifPresent(reason -> errors.add(invalid("iban", reason)));
        }
        if (field("bic", request.bic(), type, InstrumentType::isBankAccount, t -> false, errors) != null) {
            bic(request.normalisedBic(), errors);
        }
        Predicate<InstrumentType> mandate = t -> t == InstrumentType.SEPA_MANDATE;
        String mandateId = field("mandateId", request.mandateId(), type, mandate, mandate, errors);
        if (mandateId != null && !SEPA_IDENTIFIER.matcher(mandateId).matches()) {
            errors.add(invalid("mandateId", "must be 1-35 characters of the SEPA set (letters, digits, space and "
                    + "/ - ? : ( ) . , ' +), not starting or ending with '/' nor holding '//'"));
        }
        String signedOn = field("mandateSignedOn", request.mandateSignedOn(), type, mandate, mandate, errors);
        if (signedOn != null) {
            signedOn(signedOn, errors);
        }
        Predicate<InstrumentType> token = t -> t == InstrumentType.PSP_TOKEN;
        String pspToken = field("pspToken", request.pspToken(), type, token, token, errors);
        if (pspToken != null && !PSP_TOKEN.matcher(pspToken).matches()) {
            errors.add(invalid("pspToken", "must be 1-200 characters without spaces"));
        }
        flag("canCredit", request.canCredit(), errors);
        flag("canDebit", request.canDebit(), errors);
        return errors;
    }

    private static Optional<InstrumentType> type(String value, List<ApiError> errors) {
        if (given(value) == null) {
            errors.add(invalid("type", "is required"));
            return Optional.empty();
        }
        Optional<InstrumentType> type = InstrumentType.parse(value);
        if (type.isEmpty()) {
            errors.add(invalid("type", "'" + value.trim() + "' is not one of " + Arrays.toString(InstrumentType.values())));
        }
        return type;
    }

    /**
     * Checks a field's presence against the type (skipped when the type is unknown) and answers its trimmed
     * value when it is there and belongs to the type, for the checks of its content.
     */
    private static String field(String name, String raw, Optional<InstrumentType> type, Predicate<InstrumentType> usedBy,
            Predicate<InstrumentType> requiredBy, List<ApiError> errors) {
        String value = given(raw);
        if (type.isPresent() && value == null && requiredBy.test(type.get())) {
            errors.add(invalid(name, "is required for " + type.get()));
        } else if (type.isPresent() && value != null && !usedBy.test(type.get())) {
            errors.add(invalid(name, "is not used by " + type.get() + "; leave it out"));
            return null;
        }
        return value;
    }

    private static void bic(String bic, List<ApiError> errors) {
        try {
            BicUtil.validate(bic);
        } catch (Iban4jException e) {
            errors.add(invalid("bic", "'" + bic + "' is not a valid BIC: " + e.getMessage()));
        }
    }

    private void signedOn(String value, List<ApiError> errors) {
        LocalDate date;
        try {
            date = LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            errors.add(invalid("mandateSignedOn", "'" + value + "' is not a date in the form yyyy-MM-dd"));
            return;
        }
        // The date is a calendar date where the debtor signed, in a zone we do not know: compare with today in
        // the furthest-ahead zone, so a mandate signed just after midnight in Europe (still yesterday in UTC)
        // is not refused.
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.MAX));
        if (date.isAfter(latest)) {
            errors.add(invalid("mandateSignedOn", "'" + value + "' is in the future"));
        }
    }

    private static void flag(String name, String value, List<ApiError> errors) {
        if (!FinancialInstrumentRequest.isFlag(value)) {
            errors.add(invalid(name, "'" + value.trim() + "' must be true or false"));
        }
    }

    private static ApiError invalid(String field, String reason) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("field", field);
        metadata.put("reason", reason);
        return ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_IS_INVALID, metadata);
    }
}
