package dev.settle.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An instruction as the API shows it: the reference's shape, timestamps in epoch milliseconds. */
public record InstructionResponse(Map<String, Object> _links, long created, long lastUpdated, String orderRef,
        String instructionRef, String direction, String status, String customerRef, BigDecimal amount,
        String currency, String country, LocalDate settledByDate, LocalDate forecastedSettlementDate,
        LocalDate actualSettlementDate, Long executionTimestamp, Reference financialInstrument, SchemeReference scheme,
        Map<String, String> metadata, TransactionResponse transaction, Failed failed, Cancelled cancelled) {

    /** The financial instrument, where it came from, and whether it can still be changed. */
    public record Reference(UUID financialInstrumentId, String source, boolean canUpdate) {
    }

    /** The scheme, where it came from, and whether it can still be changed. */
    public record SchemeReference(String schemeId, String source, boolean canUpdate) {
    }

    /** The failure, with zero and nulls when the instruction has not failed (as the reference shows). */
    public record Failed(long failedTimestamp, String errorCode, String reason) {
    }

    /** The cancellation, with zero and nulls when the instruction is not cancelled. */
    public record Cancelled(long cancelledTimestamp, String identity, String reason) {
    }

    /** The latest transaction. */
    public record TransactionResponse(UUID transactionId, UUID financialInstrumentId, long createdTimestamp,
            long lastUpdatedTimestamp, BigDecimal amount, BigDecimal netAmount, String status,
            String additionalInformation, App app, List<RefundResponse> refunds, List<ChargebackResponse> chargebacks) {
    }

    /** The scheme writer that carried the transaction and its references. */
    public record App(String appId, String appTransactionId, String appBatchId, Map<String, String> supportDetails) {
    }

    public record RefundResponse(UUID refundId, long createdTimestamp, long lastUpdatedTimestamp, String status,
            BigDecimal amount) {
    }

    public record ChargebackResponse(UUID id, String network, String status, BigDecimal amount, String reasonCode,
            LocalDate claimed, Instant created) {
    }

    /** The v2 shape, or the v1 one when {@code v1} (status names {@code SETTLED} and {@code VOID}). */
    public static InstructionResponse of(Instruction i, PaymentTransaction transaction, boolean v1) {
        String self = "/v2/order-management/" + i.orderRef() + "/instruction/" + i.instructionRef();
        boolean canUpdate = i.status().isChangeable();
        return new InstructionResponse(
                Map.of("self", Map.of("href", self), "order", Map.of("href", "/v2/order-management/" + i.orderRef())),
                i.createdAt().toEpochMilli(), i.lastUpdatedAt().toEpochMilli(), i.orderRef(), i.instructionRef(),
                i.direction().name(), v1 ? i.status().v1Name() : i.status().name(), i.customerRef(), i.amount(),
                i.currency(), i.country(), i.settledByDate(), i.forecastedSettlementDate(), i.actualSettlementDate(),
                i.executionTimestamp() == null ? null : i.executionTimestamp().toEpochMilli(),
                new Reference(i.financialInstrumentId(), i.financialInstrumentSource().name(), canUpdate),
                new SchemeReference(i.schemeId(), i.schemeSource().name(), canUpdate), i.metadata(),
                transaction == null ? null : transaction(transaction),
                i.failed() == null ? new Failed(0, null, null)
                        : new Failed(i.failed().failedAt().toEpochMilli(), i.failed().errorCode(), i.failed().reason()),
                i.cancelled() == null ? new Cancelled(0, null, null)
                        : new Cancelled(i.cancelled().cancelledAt().toEpochMilli(), i.cancelled().identity(),
                                i.cancelled().reason()));
    }

    private static TransactionResponse transaction(PaymentTransaction t) {
        return new TransactionResponse(t.id(), t.financialInstrumentId(), t.createdAt().toEpochMilli(),
                t.lastUpdatedAt().toEpochMilli(), t.amount(), t.netAmount(), t.status(), t.additionalInformation(),
                new App(t.appId(), t.appTransactionId(), t.appBatchId(), t.supportDetails()),
                t.refunds().stream().map(r -> new RefundResponse(r.id(), r.createdAt().toEpochMilli(),
                        r.lastUpdatedAt().toEpochMilli(), r.status(), r.amount())).toList(),
                t.chargebacks().stream().map(c -> new ChargebackResponse(c.id(), c.network(), c.status(), c.amount(),
                        c.reasonCode(), c.claimed(), c.createdAt())).toList());
    }
}
