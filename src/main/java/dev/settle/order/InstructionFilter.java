package dev.settle.order;

import java.time.LocalDate;

/** Criteria for listing instructions; a null criterion does not filter. */
public record InstructionFilter(InstructionStatus status, String schemeId, String orderRef, LocalDate settledFrom,
        LocalDate settledTo) {
}
