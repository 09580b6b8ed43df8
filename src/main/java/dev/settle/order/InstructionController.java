package dev.settle.order;

import dev.settle.system.security.Caller;
import dev.settle.system.web.PageRequest;
import dev.settle.system.web.PageResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Instructions of the v2 Order Management API, and the list across orders operators use. */
@RestController
public class InstructionController {

    private static final String BASE = "/v2/order-management/{orderRef}/instruction";

    private final InstructionService instructions;
    private final PaymentTransactionRepository transactions;

    public InstructionController(InstructionService instructions, PaymentTransactionRepository transactions) {
        this.instructions = instructions;
        this.transactions = transactions;
    }

    @PostMapping(BASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void create(Caller caller, @PathVariable String orderRef, @RequestBody CreateInstructionRequest request) {
        instructions.create(caller, orderRef, request);
    }

    @GetMapping(BASE + "/{instructionRef}")
    InstructionResponse get(Caller caller, @PathVariable String orderRef, @PathVariable String instructionRef) {
        return response(instructions.get(caller, orderRef, instructionRef), false);
    }

    @PutMapping(BASE + "/{instructionRef}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(Caller caller, @PathVariable String orderRef, @PathVariable String instructionRef,
            @RequestBody UpdateInstructionRequest request) {
        instructions.update(caller, orderRef, instructionRef, request);
    }

    @PostMapping(BASE + "/{instructionRef}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(Caller caller, @PathVariable String orderRef, @PathVariable String instructionRef,
            @RequestBody(required = false) CancelInstructionRequest request) {
        instructions.cancel(caller, orderRef, instructionRef, request == null ? null : request.reason());
    }

    /** The tenant's instructions across orders, filtered by status, scheme, order and settledByDate range. */
    @GetMapping("/v2/instructions")
    PageResponse<InstructionResponse> list(Caller caller, @RequestParam(required = false) InstructionStatus status,
            @RequestParam(required = false) String schemeId, @RequestParam(required = false) String orderRef,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageResponse<Instruction> found = instructions.list(caller,
                new InstructionFilter(status, schemeId, orderRef, from, to), PageRequest.of(page, size));
        return new PageResponse<>(found.items().stream().map(i -> response(i, false)).toList(), found.page(),
                found.size(), found.totalItems(), found.totalPages());
    }

    InstructionResponse response(Instruction instruction, boolean v1) {
        return InstructionResponse.of(instruction, transactions.findLatest(instruction.id()).orElse(null), v1);
    }
}
