package dev.settle.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Schemes and financial instruments written straight to the store, for tests of the features that use them. */
public final class TestFixtures {

    private TestFixtures() {
    }

    public static void scheme(JdbcClient jdbc, UUID tenantId, String schemeId, String directions, String currencies) {
        jdbc.sql("""
                INSERT INTO scheme (tenant_id, scheme_id, name, writer_type, currencies, directions, calendar,
                    lead_time_days, cut_off_time, cut_off_zone, late_submission_allowed, max_items_per_file, settings,
                    enabled, created_at)
                VALUES (?, ?, ?, 'SANDBOX', ?, ?, 'TARGET2', 1, TIME '14:00:00', 'Europe/Brussels', FALSE, 10000, '{}',
                    TRUE, ?)
                """).params(tenantId, schemeId, schemeId + " scheme", currencies, directions, now()).update();
    }

    public static UUID instrument(JdbcClient jdbc, UUID tenantId, String customerRef, boolean canCredit,
            boolean canDebit) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO financial_instrument (id, tenant_id, customer_ref, type, holder_name, iban, bic, status,
                    can_credit, can_debit, created_at, last_updated_at)
                VALUES (?, ?, ?, 'BANK_ACCOUNT', 'Jane Doe', 'DE89370400440532013000', 'COBADEFFXXX', 'ACTIVE', ?, ?, ?, ?)
                """).params(id, tenantId, customerRef, canCredit, canDebit, now(), now()).update();
        return id;
    }

    public static String future(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
