package dev.settle.reconciliation;

import java.math.BigDecimal;
import java.util.UUID;

/** A submission-ledger row a report entry is about, with what applying the entry needs of it. */
record LedgerRow(long submissionId, String paymentKey, UUID tenantId, long instructionId, UUID transactionId,
        String state, BigDecimal amount, String currency, String batchId) {
}
