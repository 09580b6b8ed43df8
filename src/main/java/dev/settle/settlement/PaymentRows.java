package dev.settle.settlement;

import dev.settle.scheme.sepa.CreditTransfer;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Streams a planned file's payments from the ledger with what a scheme needs of each, in ledger order, through a
 * database cursor: memory stays flat however large the file. Call within a transaction (PostgreSQL only streams
 * a result with auto-commit off) and close the stream.
 */
@Repository
public class PaymentRows {

    private static final int FETCH_SIZE = 1000;
    private static final String CREDIT_TRANSFERS = """
            SELECT s.payment_key, s.amount, s.currency, f.holder_name, f.iban, f.bic, i.instruction_ref
            FROM submission s JOIN instruction i ON i.id = s.instruction_id
            JOIN financial_instrument f ON f.tenant_id = i.tenant_id AND f.id = i.financial_instrument_id
            WHERE s.batch_id = :batch ORDER BY s.id
            """;

    private final NamedParameterJdbcTemplate named;

    public PaymentRows(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        this.named = new NamedParameterJdbcTemplate(streaming);
    }

    Stream<CreditTransfer> creditTransfers(String batchId) {
        return named.queryForStream(CREDIT_TRANSFERS, Map.of("batch", batchId), (rs, n) -> new CreditTransfer(
                rs.getString("payment_key"), rs.getBigDecimal("amount").setScale(2), rs.getString("holder_name"),
                rs.getString("iban"), rs.getString("bic"), rs.getString("instruction_ref")));
    }
}
