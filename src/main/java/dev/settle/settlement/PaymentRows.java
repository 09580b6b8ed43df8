package dev.settle.settlement;

import dev.settle.order.StoredAmount;
import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a planned batch from the ledger as a scheme writer sees it: its groups with counts and totals, then each
 * group's payments through a database cursor, in ledger order, so memory stays flat however large the file. The
 * batch's rows never change once planned, so a restart reads the same groups and payments. Call within a
 * transaction (PostgreSQL only streams a result with auto-commit off) and close the streams.
 */
@Repository
public class PaymentRows {

    private static final int FETCH_SIZE = 1000;
    private static final String GROUPS = """
            SELECT execution_date, sequence_type, currency, COUNT(*) AS payments, SUM(amount) AS total
            FROM submission s WHERE %s
            GROUP BY execution_date, sequence_type, currency
            ORDER BY execution_date, currency, sequence_type
            """.formatted(BatchRows.of("s", ":batch"));
    private static final String PAYMENTS = """
            SELECT s.payment_key, s.direction, s.amount, s.currency, s.execution_date, s.sequence_type,
                i.instruction_ref, f.holder_name, f.iban, f.bic, f.mandate_id, f.mandate_signed_on, f.psp_token
            FROM submission s JOIN instruction i ON i.id = s.instruction_id
            JOIN financial_instrument f ON f.tenant_id = s.tenant_id AND f.id = s.financial_instrument_id
            WHERE %s AND s.execution_date = :executionDate AND s.currency = :currency
              AND (s.sequence_type = :sequenceType OR (s.sequence_type IS NULL AND :sequenceType IS NULL))
            ORDER BY s.id
            """.formatted(BatchRows.of("s", ":batch"));

    private final NamedParameterJdbcTemplate named;

    public PaymentRows(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        this.named = new NamedParameterJdbcTemplate(streaming);
    }

    /** The batch's groups with their counts and totals, in the currency's minor units. */
    List<PaymentGroup> groups(String batchId) {
        return named.query(GROUPS, new MapSqlParameterSource("batch", batchId), (rs, n) -> {
            String currency = rs.getString("currency");
            return new PaymentGroup(rs.getDate("execution_date").toLocalDate(), rs.getString("sequence_type"),
                    currency, rs.getLong("payments"), StoredAmount.of(rs.getBigDecimal("total"), currency));
        });
    }

    /** One group's payments, streamed; close the stream. */
    Stream<Payment> payments(String batchId, PaymentGroup group) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("batch", batchId)
                .addValue("executionDate", group.executionDate()).addValue("currency", group.currency())
                .addValue("sequenceType", group.sequenceType(), java.sql.Types.VARCHAR);
        return named.queryForStream(PAYMENTS, parameters, (rs, n) -> payment(rs));
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        java.sql.Date signedOn = rs.getDate("mandate_signed_on");
        Payment.Counterparty counterparty = new Payment.Counterparty(rs.getString("holder_name"),
                rs.getString("iban"), rs.getString("bic"), rs.getString("mandate_id"),
                signedOn == null ? null : signedOn.toLocalDate(), rs.getString("sequence_type"),
                rs.getString("psp_token"));
        return new Payment(rs.getString("payment_key"), rs.getString("instruction_ref"), rs.getString("direction"),
                StoredAmount.of(rs.getBigDecimal("amount"), currency), currency, rs.getDate("execution_date").toLocalDate(),
                counterparty, null);
    }

}
