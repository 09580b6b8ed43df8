package dev.settle.vault;

import dev.settle.system.error.ApiError;
import dev.settle.system.error.ApiException;
import dev.settle.system.error.ErrorCode;
import dev.settle.system.security.Caller;
import dev.settle.system.web.PageRequest;
import dev.settle.system.web.PageResponse;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v2/financial-instruments}: create, get and list the calling tenant's financial instruments. Another
 * tenant's instrument answers 404, as an unknown one does.
 */
@RestController
@RequestMapping(FinancialInstrumentController.PATH)
public class FinancialInstrumentController {

    static final String PATH = "/v2/financial-instruments";
    private static final Logger log = LoggerFactory.getLogger(FinancialInstrumentController.class);

    private final FinancialInstrumentValidator validator;
    private final FinancialInstrumentRepository instruments;
    private final Clock clock;

    public FinancialInstrumentController(FinancialInstrumentValidator validator, FinancialInstrumentRepository instruments,
            Clock clock) {
        this.validator = validator;
        this.instruments = instruments;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<FinancialInstrumentResponse> create(Caller caller, @RequestBody FinancialInstrumentRequest request) {
        List<ApiError> errors = validator.validate(request);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }
        FinancialInstrument instrument = request.toInstrument(UUID.randomUUID(), caller.tenantId(), clock.instant());
        instruments.insert(instrument);
        // The instrument's toString masks IBAN and token.
        log.info("Created {} for {}", instrument, caller.identity());
        return ResponseEntity.created(URI.create(PATH + "/" + instrument.id()))
                .body(FinancialInstrumentResponse.of(instrument));
    }

    @GetMapping("/{id}")
    FinancialInstrumentResponse get(Caller caller, @PathVariable String id) {
        return instruments.find(caller.tenantId(), parseId(id)).map(FinancialInstrumentResponse::of)
                .orElseThrow(() -> ApiException.notFound(ErrorCode.FINANCIAL_INSTRUMENT_NOT_FOUND, "value", id));
    }

    @GetMapping
    PageResponse<FinancialInstrumentResponse> list(Caller caller, @RequestParam(required = false) String customerRef,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        String customer = FinancialInstrumentRequest.given(customerRef);
        if (customer != null && !FinancialInstrumentValidator.REF.matcher(customer).matches()) {
            throw ApiException.badRequest(List.of(ApiError.of(ErrorCode.CUSTOMER_REF_IS_INVALID, "value", customer)));
        }
        List<FinancialInstrumentResponse> items = instruments.page(caller.tenantId(), customer, paging.offset(),
                paging.size()).stream().map(FinancialInstrumentResponse::of).toList();
        return PageResponse.of(items, paging, instruments.count(caller.tenantId(), customer));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ApiError.of(ErrorCode.FINANCIAL_INSTRUMENT_ID_IS_INVALID, "value", id));
        }
    }
}
