package dev.settle.bench;

import dev.settle.csvimport.PostgresCopy;
import dev.settle.schemeconfig.SchemeCatalog;
import dev.settle.schemeconfig.SchemeDefinition;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.settlement.calendar.BusinessCalendar;
import dev.settle.settlement.calendar.BusinessCalendars;
import dev.settle.system.SettleProperties;
import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The settlement benchmark's starting point, loaded as fast as the database takes it and not measured: a fresh
 * tenant, a {@code SEPA_SCT} scheme of its own, a few thousand bank accounts and N {@code READY} euro payouts due on
 * the business date, 1,000 per order. Instructions go in with {@code COPY} on PostgreSQL (batched inserts
 * elsewhere), without the history lines an import writes: the settlement never reads them.
 */
@Component
public class SettlementBenchData {

    static final int MAX_ITEMS_PER_FILE = 50_000;
    private static final int INSTRUCTIONS_PER_ORDER = 1_000;
    private static final int ROWS_PER_STATEMENT = 50_000;

    private static final String INSERT_INSTRUMENT = """
            INSERT INTO financial_instrument (id, tenant_id, customer_ref, type, holder_name, iban, bic, status,
                can_credit, can_debit, created_at, last_updated_at)
            VALUES (?, ?, ?, 'BANK_ACCOUNT', ?, 'DE89370400440532013000', 'COBADEFFXXX', 'ACTIVE', TRUE, FALSE, ?, ?)
            """;
    private static final String INSERT_ORDER = """
            INSERT INTO orders (tenant_id, order_ref, metadata, created_at, last_updated_at) VALUES (?, ?, '{}', ?, ?)
            """;
    private static final String ORDER_IDS = "SELECT id, order_ref FROM orders WHERE tenant_id = ?";
    private static final String COLUMNS = """
            tenant_id, order_id, instruction_ref, customer_ref, direction, amount, currency, country, settled_by_date,
                financial_instrument_id, financial_instrument_source, scheme_id, scheme_source, own_metadata, metadata,
                status, version, created_at, last_updated_at""";
    private static final String COPY_INSTRUCTIONS = "COPY instruction (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)";
    private static final String INSERT_INSTRUCTION = "INSERT INTO instruction (" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, 'CREDIT', ?, 'EUR', 'DE', ?, ?, 'CUSTOMER', ?, 'CUSTOMER', '{}', '{}', 'READY', 0, ?, ?)
            """;
    // What autovacuum would have done to tables that filled up over days: the claim is planned on real statistics.
    private static final List<String> ANALYZE = List.of("ANALYZE financial_instrument", "ANALYZE orders",
            "ANALYZE instruction");

    private final TenantAdministration tenants;
    private final SchemeCatalog catalog;
    private final SchemeRepository schemes;
    private final BusinessCalendars calendars;
    private final JdbcTemplate jdbc;
    private final PostgresCopy copy;
    private final SettleProperties settle;
    private final Clock clock;

    public SettlementBenchData(TenantAdministration tenants, SchemeCatalog catalog, SchemeRepository schemes,
            BusinessCalendars calendars, JdbcTemplate jdbc, PostgresCopy copy, SettleProperties settle, Clock clock) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.schemes = schemes;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.copy = copy;
        this.settle = settle;
        this.clock = clock;
    }

    /**
     * What was loaded.
     *
     * @param schemeId unique to this load, so the run settles this tenant's scheme alone
     * @param outputDirectory where the scheme publishes its files
     */
    public record Loaded(UUID tenantId, String schemeId, LocalDate businessDate, Path outputDirectory,
            int instructions, int instruments) {
    }

    public Loaded load(int instructions, long seed) {
        long stamp = clock.millis();
        Tenant tenant = tenants.createTenant("bench", "bench-settlement-" + stamp);
        String schemeId = "BENCH-SCT-" + stamp;
        Path output = settle.dataDir().resolve("bench").resolve(schemeId).toAbsolutePath().normalize();
        schemes.insert(catalog.toConfig(new SchemeDefinition(schemeId, "Bench SEPA credit transfers", "SEPA_SCT",
                List.of("EUR"), List.of("CREDIT"), "TARGET2", 1, "14:00", "Europe/Brussels", false, MAX_ITEMS_PER_FILE,
                Map.of("originatorName", "Settle Bench", "originatorIban", "DE89370400440532013000",
                        "outputDirectory", output.toString())), tenant.id()));
        BusinessCalendar target2 = calendars.get("TARGET2");
        LocalDate businessDate = target2.onOrAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(7));
        // Due on the business date with the scheme's lead time of one business day.
        LocalDate settledBy = target2.plusBusinessDays(businessDate, 1);
        Timestamp now = Timestamp.from(clock.instant());
        int instrumentCount = Math.max(1, Math.min(instructions, 5_000));
        List<UUID> instruments = instruments(tenant.id(), instrumentCount, seed, now);
        Map<Integer, Long> orders = orders(tenant.id(), (instructions + INSTRUCTIONS_PER_ORDER - 1)
                / INSTRUCTIONS_PER_ORDER, now);
        Random random = new Random(seed);
        List<Object[]> rows = new ArrayList<>(Math.min(instructions, ROWS_PER_STATEMENT));
        for (int i = 0; i < instructions; i++) {
            int instrument = random.nextInt(instrumentCount);
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(500_000), 2);
            rows.add(new Object[] {tenant.id(), orders.get(i / INSTRUCTIONS_PER_ORDER), "BS-" + i, "BC-" + instrument,
                    amount, java.sql.Date.valueOf(settledBy), instruments.get(instrument), schemeId, now, now});
            if (rows.size() == ROWS_PER_STATEMENT || i == instructions - 1) {
                insertInstructions(rows);
                rows.clear();
            }
        }
        if (copy.available()) {
            ANALYZE.forEach(jdbc::execute);
        }
        return new Loaded(tenant.id(), schemeId, businessDate, output, instructions, instrumentCount);
    }

    private List<UUID> instruments(UUID tenantId, int count, long seed, Timestamp now) {
        List<UUID> ids = new ArrayList<>(count);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = BenchmarkFiles.instrumentId(seed, i);
            ids.add(id);
            rows.add(new Object[] {id, tenantId, "BC-" + i, "Holder " + i, now, now});
        }
        jdbc.batchUpdate(INSERT_INSTRUMENT, rows);
        return ids;
    }

    private Map<Integer, Long> orders(UUID tenantId, int count, Timestamp now) {
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {tenantId, "BENCH-SETTLE-" + i, now, now});
        }
        jdbc.batchUpdate(INSERT_ORDER, rows);
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query(ORDER_IDS, rs -> {
            ids.put(Integer.parseInt(rs.getString("order_ref").substring("BENCH-SETTLE-".length())), rs.getLong("id"));
        }, tenantId);
        return ids;
    }

    private void insertInstructions(List<Object[]> rows) {
        if (!copy.available()) {
            jdbc.batchUpdate(INSERT_INSTRUCTION, rows);
            return;
        }
        List<Object[]> full = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            full.add(new Object[] {r[0], r[1], r[2], r[3], "CREDIT", r[4], "EUR", "DE", r[5], r[6], "CUSTOMER", r[7],
                    "CUSTOMER", "{}", "{}", "READY", 0, r[8], r[9]});
        }
        copy.copy(COPY_INSTRUCTIONS, full);
    }
}
