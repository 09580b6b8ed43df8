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

    /** A scheme of any writer type with its settings as JSON, TARGET2, lead time 1, cut-off 14:00 Brussels. */
    public static void scheme(JdbcClient jdbc, UUID tenantId, String schemeId, String writerType, String directions,
            String currencies, int maxItemsPerFile, boolean lateAllowed, String settingsJson) {
        jdbc.sql("""
                INSERT INTO scheme (tenant_id, scheme_id, name, writer_type, currencies, directions, calendar,
                    lead_time_days, cut_off_time, cut_off_zone, late_submission_allowed, max_items_per_file, settings,
                    enabled, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'TARGET2', 1, TIME '14:00:00', 'Europe/Brussels', ?, ?, ?, TRUE, ?)
                """).params(tenantId, schemeId, schemeId + " scheme", writerType, currencies, directions, lateAllowed,
                maxItemsPerFile, settingsJson, now()).update();
    }

    /**
     * A {@code SEPA_SCT} scheme with a unique id publishing into {@code outputDirectory} (TARGET2, lead time 1);
     * answers its id.
     */
    public static String sepaCreditScheme(JdbcClient jdbc, UUID tenantId, int maxItemsPerFile,
            java.nio.file.Path outputDirectory) {
        String schemeId = "SCT-" + UUID.randomUUID().toString().substring(0, 8);
        scheme(jdbc, tenantId, schemeId, "SEPA_SCT", "CREDIT", "EUR", maxItemsPerFile, false, """
                {"originatorName": "Payouts", "originatorIban": "DE02120300000000202051", "outputDirectory": "%s"}"""
                .formatted(outputDirectory));
        return schemeId;
    }

    /** A {@code SEPA_SDD_CORE} scheme like {@link #sepaCreditScheme}; answers its id. */
    public static String sepaDebitScheme(JdbcClient jdbc, UUID tenantId, int maxItemsPerFile,
            java.nio.file.Path outputDirectory) {
        String schemeId = "SDD-" + UUID.randomUUID().toString().substring(0, 8);
        scheme(jdbc, tenantId, schemeId, "SEPA_SDD_CORE", "DEBIT", "EUR", maxItemsPerFile, false, """
                {"creditorName": "Collections", "creditorIban": "DE02120300000000202051",
                 "creditorSchemeId": "DE98ZZZ09999999999", "outputDirectory": "%s"}""".formatted(outputDirectory));
        return schemeId;
    }

    /** A SEPA mandate of a debtor, not yet collected ({@code FRST}). */
    public static UUID mandate(JdbcClient jdbc, UUID tenantId, String customerRef, String mandateId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO financial_instrument (id, tenant_id, customer_ref, type, holder_name, iban, bic, mandate_id,
                    mandate_signed_on, sequence_type, status, can_credit, can_debit, created_at, last_updated_at)
                VALUES (?, ?, ?, 'SEPA_MANDATE', 'Max Mustermann', 'DE89370400440532013000', 'COBADEFFXXX', ?,
                    DATE '2030-01-15', 'FRST', 'ACTIVE', FALSE, TRUE, ?, ?)
                """).params(id, tenantId, customerRef, mandateId, now(), now()).update();
        return id;
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

    /** An instrument with an id of the caller's choosing, as the sample files name them. */
    public static void instrument(JdbcClient jdbc, UUID tenantId, UUID id, String customerRef, String type,
            boolean canCredit, boolean canDebit) {
        jdbc.sql("""
                INSERT INTO financial_instrument (id, tenant_id, customer_ref, type, holder_name, iban, status,
                    can_credit, can_debit, created_at, last_updated_at)
                VALUES (?, ?, ?, ?, 'Sample Holder', 'DE89370400440532013000', 'ACTIVE', ?, ?, ?, ?)
                """).params(id, tenantId, customerRef, type, canCredit, canDebit, now(), now()).update();
    }

    /** The schemes and instruments the files under sample-data/csv refer to. */
    public static void sampleCsvReferences(JdbcClient jdbc, UUID tenantId) {
        scheme(jdbc, tenantId, "SEPA-CT-EUR", "CREDIT", "EUR");
        scheme(jdbc, tenantId, "SEPA-DD-EUR", "DEBIT", "EUR");
        scheme(jdbc, tenantId, "SANDBOX-GBP", "CREDIT,DEBIT", "GBP");
        String[][] instruments = {{"1", "C-001", "BANK_ACCOUNT", "true", "false"}, {"2", "C-002", "SEPA_MANDATE", "false", "true"},
                {"3", "C-003", "BANK_ACCOUNT", "true", "false"}, {"4", "C-004", "BANK_ACCOUNT", "true", "false"},
                {"5", "C-005", "SEPA_MANDATE", "false", "true"}, {"6", "C-006", "PSP_TOKEN", "true", "true"}};
        for (String[] i : instruments) {
            instrument(jdbc, tenantId, UUID.fromString("0b4f6a0e-000" + i[0] + "-4c5e-9a51-00000000000" + i[0]), i[1],
                    i[2], Boolean.parseBoolean(i[3]), Boolean.parseBoolean(i[4]));
        }
    }

    public static String future(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
