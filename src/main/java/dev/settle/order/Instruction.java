package dev.settle.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A stored instruction with its order's ref; {@code version} guards concurrent changes. */
public record Instruction(long id, UUID tenantId, long orderId, String orderRef, String instructionRef,
        String customerRef, Direction direction, BigDecimal amount, String currency, String country,
        LocalDate settledByDate, UUID financialInstrumentId, ValueSource financialInstrumentSource, String schemeId,
        ValueSource schemeSource, Map<String, String> ownMetadata, Map<String, String> metadata,
        InstructionStatus status, int version, LocalDate forecastedSettlementDate, LocalDate actualSettlementDate,
        Instant executionTimestamp, Failure failed, Cancellation cancelled, Instant createdAt,
        Instant lastUpdatedAt) {

    /** Why it failed, when it did. */
    public record Failure(Instant failedAt, String errorCode, String reason) {
    }

    /** Who cancelled it and why, when it was. */
    public record Cancellation(Instant cancelledAt, String identity, String reason) {
    }

    /** This instruction with the values of {@code draft}, keeping identity, status and history fields. */
    public Instruction withDraft(InstructionDraft draft, InstructionStatus newStatus) {
        return new Instruction(id, tenantId, orderId, orderRef, instructionRef, customerRef, draft.direction(),
                draft.amount(), draft.currency(), draft.country(), draft.settledByDate(),
                draft.financialInstrumentId(), draft.financialInstrumentSource(), draft.schemeId(),
                draft.schemeSource(), draft.ownMetadata(), draft.metadata(), newStatus, version,
                forecastedSettlementDate, actualSettlementDate, executionTimestamp, failed, cancelled, createdAt,
                lastUpdatedAt);
    }
}
