package dev.settle.order;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks customer defaults: the customer ref, that the financial instrument and scheme exist for the tenant,
 * and the metadata limits. Whether they fit an instruction's direction and currency is checked per instruction.
 */
@Component
public class CustomerDefaultValidator {

    /** The valid defaults by customer ref; errors are added to {@code errors}. */
    public Map<String, CustomerDefault> validate(Map<String, CustomerDefaultRequest> requested,
            InstructionReferences references, List<ApiError> errors) {
        Map<String, CustomerDefault> defaults = new LinkedHashMap<>();
        if (requested == null) {
            return defaults;
        }
        requested.forEach((customerRef, request) -> {
            CustomerDefault valid = validate(customerRef, request, references, errors);
            if (valid != null) {
                defaults.put(customerRef, valid);
            }
        });
        return defaults;
    }

    public CustomerDefault validate(String customerRef, CustomerDefaultRequest request,
            InstructionReferences references, List<ApiError> errors) {
        int before = errors.size();
        InstructionValidator.ref(customerRef, ErrorCode.CUSTOMER_REF_IS_REQUIRED, ErrorCode.CUSTOMER_REF_IS_INVALID, errors);
        CustomerDefaultRequest body = request == null ? new CustomerDefaultRequest(null, null, null) : request;
        UUID instrumentId = null;
        if (body.financialInstrumentId() != null && !body.financialInstrumentId().isBlank()) {
            try {
                instrumentId = UUID.fromString(body.financialInstrumentId().trim());
                if (references.instrument(instrumentId).isEmpty()) {
                    errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_NOT_FOUND, "value", instrumentId));
                }
            } catch (IllegalArgumentException e) {
                errors.add(ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ID_IS_INVALID, "value", body.financialInstrumentId()));
            }
        }
        String schemeId = body.schemeId() == null || body.schemeId().isBlank() ? null : body.schemeId().trim();
        if (schemeId != null && references.scheme(schemeId).isEmpty()) {
            errors.add(ApiError.of(ErrorCode.SCHEME_ID_NOT_RECOGNISED, "value", schemeId));
        }
        errors.addAll(MetadataRules.validate("customerDefaults." + customerRef + ".metadata", body.metadata()));
        for (int i = before; i < errors.size(); i++) {
            errors.set(i, errors.get(i).with("customerRef", String.valueOf(customerRef)));
        }
        return errors.size() > before ? null : new CustomerDefault(customerRef, instrumentId, schemeId, body.metadata());
    }
}
