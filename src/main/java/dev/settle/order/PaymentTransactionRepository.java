package dev.settle.order;

import static dev.settle.order.InstructionRepository.date;
import static dev.settle.order.InstructionRepository.money;
import static dev.settle.order.OrderRepository.instant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads an instruction's latest transaction with its refunds and chargebacks. */
@Repository
public class PaymentTransactionRepository {

    private static final String LATEST = """
            SELECT t.id, t.financial_instrument_id, t.created_at, t.last_updated_at, t.amount, t.net_amount, t.status,
                t.additional_information, t.app_id, t.app_transaction_id, t.support_details, i.currency,
                (SELECT s.batch_id FROM submission s WHERE s.instruction_id = t.instruction_id
                    AND s.transaction_id = t.id AND s.state <> 'CLAIMED') AS app_batch_id
            FROM payment_transaction t JOIN instruction i ON i.id = t.instruction_id
            WHERE t.instruction_id = ? ORDER BY t.created_at DESC, t.id FETCH FIRST 1 ROWS ONLY
            """;
    private static final String REFUNDS = """
            SELECT id, created_at, last_updated_at, status, amount FROM refund WHERE transaction_id = ? ORDER BY created_at
            """;
    private static final String CHARGEBACKS = """
            SELECT id, network, status, amount, reason_code, claimed_on, created_at FROM chargeback
            WHERE transaction_id = ? ORDER BY created_at
            """;

    private final JdbcClient jdbc;
    private final MetadataJson metadataJson;

    public PaymentTransactionRepository(JdbcClient jdbc, MetadataJson metadataJson) {
        this.jdbc = jdbc;
        this.metadataJson = metadataJson;
    }

    public Optional<PaymentTransaction> findLatest(long instructionId) {
        return jdbc.sql(LATEST).param(instructionId).query((rs, row) -> {
            UUID id = rs.getObject("id", UUID.class);
            String currency = rs.getString("currency");
            return new PaymentTransaction(id, rs.getObject("financial_instrument_id", UUID.class),
                    instant(rs, "created_at"), instant(rs, "last_updated_at"), money(rs.getBigDecimal("amount"), currency),
                    money(rs.getBigDecimal("net_amount"), currency), rs.getString("status"),
                    rs.getString("additional_information"), rs.getString("app_id"), rs.getString("app_transaction_id"),
                    rs.getString("app_batch_id"), metadataJson.read(rs.getString("support_details")),
                    refunds(id, currency), chargebacks(id, currency));
        }).optional();
    }

    private List<PaymentTransaction.Refund> refunds(UUID transactionId, String currency) {
        return jdbc.sql(REFUNDS).param(transactionId).query((rs, row) -> new PaymentTransaction.Refund(
                rs.getObject("id", UUID.class), instant(rs, "created_at"), instant(rs, "last_updated_at"),
                rs.getString("status"), money(rs.getBigDecimal("amount"), currency))).list();
    }

    private List<PaymentTransaction.Chargeback> chargebacks(UUID transactionId, String currency) {
        return jdbc.sql(CHARGEBACKS).param(transactionId).query((rs, row) -> new PaymentTransaction.Chargeback(
                rs.getObject("id", UUID.class), rs.getString("network"), rs.getString("status"),
                money(rs.getBigDecimal("amount"), currency), rs.getString("reason_code"), date(rs, "claimed_on"),
                instant(rs, "created_at"))).list();
    }
}
