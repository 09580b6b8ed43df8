package dev.settle.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An instruction claimed for submission: its ledger row and what a scheme writer needs to pay it.
 *
 * @param executionDate the requested execution date of a credit transfer (the day it is submitted) or the
 *     collection date of a direct debit (the forecasted settlement date)
 * @param sequenceType {@code FRST} or {@code RCUR} for a collection under a SEPA mandate, else null
 */
public record ClaimedPayment(String paymentKey, int attempt, long instructionId,
        String instructionRef, UUID transactionId, String direction, BigDecimal amount, String currency,
        LocalDate settledByDate, UUID financialInstrumentId, LocalDate executionDate, String sequenceType) {
}
