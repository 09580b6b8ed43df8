package dev.settle.order;

import dev.settle.system.PersonalData;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Instructions as an operator lists them, across tenants, with their instrument's holder and account masked: the
 * holder's name as initials, an IBAN as {@code DE89********3000}, a PSP token as its last four characters. The
 * instrument's mandate id and the instruction's metadata are not read at all.
 */
@Repository
public class InstructionListing {

    private static final String LIST = """
            SELECT i.id, t.name AS tenant, o.order_ref, i.instruction_ref, i.customer_ref, i.direction, i.amount,
                i.currency, i.settled_by_date, i.scheme_id, i.status, f.holder_name, f.iban, f.psp_token
            FROM instruction i
            JOIN orders o ON o.id = i.order_id
            JOIN tenant t ON t.id = i.tenant_id
            LEFT JOIN financial_instrument f ON f.tenant_id = i.tenant_id AND f.id = i.financial_instrument_id
            WHERE (CAST(:tenant AS UUID) IS NULL OR i.tenant_id = CAST(:tenant AS UUID))
              AND (:status IS NULL OR i.status = :status)
              AND (:scheme IS NULL OR i.scheme_id = :scheme)
              AND (CAST(:date AS DATE) IS NULL OR i.settled_by_date = :date)
              AND (:orderRef IS NULL OR o.order_ref = :orderRef)
            ORDER BY i.id LIMIT :limit
            """;

    private final JdbcClient jdbc;

    public InstructionListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first {@code limit} instructions (by id) matching every criterion given; null criteria do not filter. */
    public List<Listed> find(UUID tenantId, InstructionStatus status, String schemeId, LocalDate settledByDate,
            String orderRef, int limit) {
        return jdbc.sql(LIST).param("tenant", tenantId, Types.OTHER)
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .param("scheme", schemeId, Types.VARCHAR)
                .param("date", settledByDate == null ? null : Date.valueOf(settledByDate), Types.DATE)
                .param("orderRef", orderRef, Types.VARCHAR).param("limit", limit).query(this::listed).list();
    }

    private Listed listed(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency").trim();
        String iban = rs.getString("iban");
        return new Listed(rs.getLong("id"), rs.getString("tenant"), rs.getString("order_ref"),
                rs.getString("instruction_ref"), rs.getString("customer_ref"), rs.getString("direction"),
                StoredAmount.of(rs.getBigDecimal("amount"), currency), currency,
                rs.getObject("settled_by_date", LocalDate.class), rs.getString("scheme_id"), rs.getString("status"),
                PersonalData.abbreviateName(rs.getString("holder_name")),
                iban != null ? PersonalData.maskAccount(iban) : PersonalData.mask(rs.getString("psp_token")));
    }

    /**
     * One instruction, its personal data masked.
     *
     * @param holder the instrument holder's initials
     * @param account the masked IBAN, or the masked PSP token of a card or wallet
     */
    public record Listed(long id, String tenant, String orderRef, String instructionRef, String customerRef,
            String direction, BigDecimal amount, String currency, LocalDate settledByDate, String schemeId,
            String status, String holder, String account) {
    }
}
