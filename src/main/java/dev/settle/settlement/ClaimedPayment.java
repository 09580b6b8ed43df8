package dev.settle.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An instruction claimed for submission: its ledger row and what a scheme writer needs to pay it. */
public record ClaimedPayment(String paymentKey, int attempt, long instructionId,
        String instructionRef, UUID transactionId, String direction, BigDecimal amount, String currency,
        LocalDate settledByDate, UUID financialInstrumentId) {
}
