package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.webhook.WebhookEventType;
import dev.settle.webhook.WebhookOutbox;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Money that moves after a payment settled, recorded under its transaction while the instruction stays
 * {@code COMPLETED}: refunds, chargebacks (a card dispute, or a SEPA direct debit refund request, MD06) and fees.
 * Each lowers the transaction's net amount when the money is gone: a refund, a lost chargeback, a fee. Refunds and
 * chargebacks write their webhook events in the same transaction (fees have none).
 */
@Repository
class MoneyEvents {

    private static final String REFUND = """
            INSERT INTO refund (id, transaction_id, status, amount, created_at, last_updated_at)
            VALUES (:id, :transaction, 'COMPLETED', :amount, :now, :now)
            """;
    private static final String OPEN_CHARGEBACK = """
            INSERT INTO chargeback (id, transaction_id, network, status, amount, reason_code, claimed_on, created_at)
            VALUES (:id, :transaction, :network, :status, :amount, :reasonCode, :claimedOn, :now)
            """;
    private static final String DECIDE_CHARGEBACK = """
            UPDATE chargeback SET status = :status
            WHERE transaction_id = :transaction AND status = 'PENDING'
              AND id = (SELECT id FROM chargeback WHERE transaction_id = :transaction AND status = 'PENDING'
                  ORDER BY created_at LIMIT 1)
            """;
    private static final String OLDEST_PENDING_CHARGEBACK = """
            SELECT id FROM chargeback WHERE transaction_id = :transaction AND status = 'PENDING'
            ORDER BY created_at LIMIT 1
            """;
    private static final String LOWER_NET_AMOUNT = """
            UPDATE payment_transaction SET net_amount = net_amount - :amount, last_updated_at = :now
            WHERE id = :transaction
            """;

    private final NamedParameterJdbcTemplate named;
    private final WebhookOutbox outbox;

    MoneyEvents(NamedParameterJdbcTemplate named, WebhookOutbox outbox) {
        this.named = named;
        this.outbox = outbox;
    }

    void refund(LedgerRow row, BigDecimal amount, Instant now) {
        UUID id = UUID.randomUUID();
        named.update(REFUND, parameters(row, amount, now).addValue("id", id));
        lowerNetAmount(row, amount, now);
        event(row, WebhookEventType.REFUND_UPDATED, null, "COMPLETED", id, null, amount, now);
    }

    /** A new dispute; {@code lost} when it is decided on arrival (an SDD refund request is unconditional). */
    void openChargeback(LedgerRow row, ReportEntry entry, BigDecimal amount, boolean lost, Instant now) {
        UUID id = UUID.randomUUID();
        named.update(OPEN_CHARGEBACK, parameters(row, amount, now).addValue("id", id)
                .addValue("network", entry.reasonCode() != null && entry.reasonCode().startsWith("MD") ? "SEPA_SDD"
                        : "PSP")
                .addValue("status", lost ? "LOST" : "PENDING").addValue("reasonCode", entry.reasonCode())
                .addValue("claimedOn", entry.bookingDate()));
        if (lost) {
            lowerNetAmount(row, amount, now);
        }
        event(row, WebhookEventType.CHARGEBACK_UPDATED, null, lost ? "LOST" : "PENDING", id, entry.reasonCode(), amount,
                now);
    }

    /** Decides the oldest pending dispute of the transaction; false when it has none. */
    boolean decideChargeback(LedgerRow row, boolean won, BigDecimal amount, Instant now) {
        UUID id = named.query(OLDEST_PENDING_CHARGEBACK, parameters(row, amount, now),
                rs -> rs.next() ? rs.getObject("id", UUID.class) : null);
        int decided = named.update(DECIDE_CHARGEBACK, parameters(row, amount, now).addValue("status",
                won ? "WON" : "LOST"));
        if (decided == 1 && !won) {
            lowerNetAmount(row, amount, now);
        }
        if (decided == 1) {
            event(row, WebhookEventType.CHARGEBACK_UPDATED, "PENDING", won ? "WON" : "LOST", id, null, amount, now);
        }
        return decided == 1;
    }

    void fee(LedgerRow row, BigDecimal amount, Instant now) {
        lowerNetAmount(row, amount, now);
    }

    private void lowerNetAmount(LedgerRow row, BigDecimal amount, Instant now) {
        named.update(LOWER_NET_AMOUNT, parameters(row, amount, now));
    }

    private void event(LedgerRow row, WebhookEventType type, String previous, String status, UUID id, String detail,
            BigDecimal amount, Instant now) {
        outbox.record(row.tenantId(), new WebhookOutbox.Event(type, null, row.instructionId(), previous, status,
                id == null ? null : id.toString(), detail, amount), now);
    }

    private static MapSqlParameterSource parameters(LedgerRow row, BigDecimal amount, Instant now) {
        return new MapSqlParameterSource("transaction", row.transactionId()).addValue("amount", amount)
                .addValue("now", Timestamp.from(now));
    }
}
