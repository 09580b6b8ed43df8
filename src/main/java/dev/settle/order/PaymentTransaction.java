package dev.settle.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The latest submission attempt of an instruction, with its refunds and chargebacks. */
public record PaymentTransaction(UUID id, UUID financialInstrumentId, Instant createdAt, Instant lastUpdatedAt,
        BigDecimal amount, BigDecimal netAmount, String status, String additionalInformation, String appId,
        String appTransactionId, String appBatchId, Map<String, String> supportDetails, List<Refund> refunds,
        List<Chargeback> chargebacks) {

    /** A refund of a completed payment. */
    public record Refund(UUID id, Instant createdAt, Instant lastUpdatedAt, String status, BigDecimal amount) {
    }

    /** A chargeback (or SEPA direct-debit refund request) against a completed collection. */
    public record Chargeback(UUID id, String network, String status, BigDecimal amount, String reasonCode,
            LocalDate claimed, Instant createdAt) {
    }
}
