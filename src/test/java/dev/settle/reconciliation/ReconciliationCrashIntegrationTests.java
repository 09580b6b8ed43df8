package dev.settle.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.reconciliation.report.CamtReader;
import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportFormats;
import dev.settle.reconciliation.report.ReportProblem;
import dev.settle.reconciliation.simulator.BankRules;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.reconciliation.simulator.SimulationResult;
import dev.settle.settlement.SettlementRuns;
import dev.settle.support.CliRun;
import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.SettleProcess;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of "each entry once" for the reconciliation: {@code settle reconcile} is killed with SIGKILL in the
 * middle of a large camt.054 the bank simulator wrote for a file the settlement job published, the operator carries
 * on the documented way ({@code settle reconcile} is refused with a recover hint, {@code settle recover},
 * {@code settle reconcile} again), and then every entry of the file has been applied exactly once: each payment
 * ends as the simulator's rules say, with one history line per move and nothing left in the exceptions inbox.
 */
@PostgresIntegrationTest
@ExtendWith(PostgresAvailable.class)
class ReconciliationCrashIntegrationTests {

    // A Tuesday; due are settledByDates up to the next business day (lead time 1).
    static final LocalDate BUSINESS_DATE = LocalDate.of(2031, 3, 4);
    static final LocalDate DUE = LocalDate.of(2031, 3, 5);
    // One file whose notification has about as many entries (30 chunks): applying a quarter of them takes the
    // child process seconds, so the kill lands in the middle of the file, chunks away from its start and its end.
    // Larger files only make the test slower: the restart has to apply the rest.
    static final int PAYMENTS = 15_000;

    @Autowired
    SettlementRuns settlement;

    @Autowired
    ReconciliationRuns reconciliation;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path root;

    @Test
    void killedInTheMiddleOfANotificationIsRestartedAndAppliesEachEntryOnce() throws Exception {
        UUID tenant = TestTenants.create(admin).tenantId();
        SimulationResult bank = publishedAndAnswered(tenant);
        Path notification = bank.notification();
        String fileName = notification.getFileName().toString();
        Set<String> keys = entryKeys(notification);
        String dataDir = CliRun.newDataDir();

        SettleProcess process = SettleProcess.start(root.resolve("logs"), "reconcile", dataDir, "reconcile",
                notification.toString());
        process.killWhen("a quarter of the notification's entries applied", Duration.ofMillis(5),
                () -> applied(fileName) >= keys.size() / 4);

        long beforeTheKill = applied(fileName);
        assertThat(beforeTheKill).as("killed in the middle of the file").isBetween(1L, keys.size() - 1L);
        assertThat(beforeTheKill % ReconciliationJobConfiguration.CHUNK_SIZE)
                .as("a chunk is applied whole or not at all").isZero();
        carryOnAsAnOperatorWould(dataDir, notification);

        Set<String> stored = storedKeys(fileName);
        assertThat(stored).as("entries of the file remembered").hasSize(keys.size());
        assertThat(keys.stream().filter(key -> !stored.contains(key)).limit(10)).as("entries never applied")
                .isEmpty();
        assertThat(outcomes(fileName)).as("every entry applied, none refused or found stale")
                .isEqualTo(Map.of("APPLIED", (long) keys.size()));
        assertThat(count("SELECT COUNT(*) FROM instruction WHERE tenant_id = ? AND status = 'PROCESSING'", tenant))
                .as("the rejected payments, not in the notification").isEqualTo(bank.rejected());

        ReconciliationResult statusReport = reconciliation.reconcile(bank.statusReport());
        assertThat(statusReport.status()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(mismatches(tenant)).as("payments that did not end as the simulator's rules say").isEmpty();
        assertThat(jdbc.sql("""
                SELECT h.instruction_id || ' ' || h.to_status || ' x' || COUNT(*) FROM instruction_status_history h
                WHERE h.tenant_id = ? GROUP BY h.instruction_id, h.to_status HAVING COUNT(*) > 1""").param(tenant)
                .query(String.class).list()).as("status history lines written twice").isEmpty();
        assertThat(count("""
                SELECT COUNT(*) FROM reconciliation_exception x JOIN report_file f ON f.id = x.file_id
                WHERE f.file_name IN (?, ?)""", fileName, bank.statusReport().getFileName().toString()))
                .as("exceptions raised").isZero();
        // Returned credit transfers are failed payments, not money moving after a settlement.
        assertThat(count("SELECT COUNT(*) FROM refund r JOIN payment_transaction t ON t.id = r.transaction_id "
                + "WHERE t.tenant_id = ?", tenant)).as("refunds").isZero();
        assertThat(count("SELECT COUNT(*) FROM chargeback c JOIN payment_transaction t ON t.id = c.transaction_id "
                + "WHERE t.tenant_id = ?", tenant)).as("chargebacks").isZero();
    }

    /**
     * {@code settle reconcile} is refused while the killed execution is marked running, with the command that
     * recovers it; after {@code settle recover} it carries on from the last committed chunk, so no entry is read
     * twice; then the file counts as reconciled.
     */
    private static void carryOnAsAnOperatorWould(String dataDir, Path notification) {
        CliRun refused = CliRun.run(dataDir, "reconcile", notification.toString());
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
        Matcher recoverHint = Pattern.compile("settle recover (\\d+)").matcher(refused.err());
        assertThat(recoverHint.find()).as(refused.err()).isTrue();
        CliRun recovered = CliRun.run(dataDir, "recover", recoverHint.group(1));
        assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
        CliRun restarted = CliRun.run(dataDir, "reconcile", notification.toString());
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        assertThat(restarted.out()).as("the restart read on after the last committed chunk")
                .contains("COMPLETED").contains("duplicates 0; exceptions 0");
        CliRun again = CliRun.run(dataDir, "reconcile", notification.toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(3);
    }

    /** One SEPA credit transfer file of {@link #PAYMENTS} payouts, published and answered by the bank. */
    private SimulationResult publishedAndAnswered(UUID tenant) throws Exception {
        UUID account = TestFixtures.instrument(jdbc, tenant, "C-1", true, false);
        String scheme = "SCT-" + UUID.randomUUID().toString().substring(0, 8);
        Path outbox = root.resolve("outbox");
        TestFixtures.scheme(jdbc, tenant, scheme, "SEPA_SCT", "CREDIT", "EUR", PAYMENTS, false, """
                {"originatorName": "Payouts", "originatorIban": "DE02120300000000202051", "outputDirectory": "%s"}"""
                .formatted(outbox.toAbsolutePath().toString().replace("\\", "\\\\")));
        dueInstructions(tenant, account, scheme);
        assertThat(settlement.run(BUSINESS_DATE, scheme).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Path> published;
        try (Stream<Path> files = Files.list(outbox)) {
            published = files.filter(file -> file.toString().endsWith(".xml")).toList();
        }
        assertThat(published).as("one file of all payouts").hasSize(1);
        SimulationResult bank = new BankSimulator().simulate(published.get(0), root.resolve("bank"), null);
        assertThat(bank.payments()).isEqualTo(PAYMENTS);
        assertThat(bank.rejected()).as("rejected by the bank").isPositive();
        assertThat(bank.returned()).as("booked, then returned").isPositive();
        return bank;
    }

    // Plain INSERTs: thousands of instructions through the order API would take longer than the run itself. The
    // cents run through 00 to 99, so about 3% are rejected (.13, .14, .15) and 2% returned (.31, .32).
    private void dueInstructions(UUID tenant, UUID account, String scheme) {
        long order = jdbc.sql("""
                INSERT INTO orders (tenant_id, order_ref, metadata, created_at, last_updated_at)
                VALUES (?, 'CRASH', '{}', now(), now()) RETURNING id""").param(tenant).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO instruction (tenant_id, order_id, instruction_ref, customer_ref, direction, amount, currency,
                    country, settled_by_date, financial_instrument_id, financial_instrument_source, scheme_id,
                    scheme_source, own_metadata, metadata, status, version, created_at, last_updated_at)
                SELECT ?, ?, 'P-' || g, 'C-1', 'CREDIT', 1 + g % 997 + 0.01 * ((g * 37) % 100), 'EUR', 'DE', ?, ?,
                    'CUSTOMER', ?, 'CUSTOMER', '{}', '{}', 'READY', 1, now(), now()
                FROM generate_series(1, ?) g""").params(tenant, order, DUE, account, scheme, PAYMENTS).update();
    }

    /** The keys of the entries the reader yields for the file: what the reconciliation has to take, once each. */
    private static Set<String> entryKeys(Path file) {
        List<ReportProblem> problems = new ArrayList<>();
        List<String> keys;
        try (Stream<ReportEntry> entries = new CamtReader().read(file, ReportFormats.detect(file).orElseThrow(),
                problems::add)) {
            keys = entries.map(ReportEntry::entryKey).toList();
        }
        assertThat(problems).as("problems of the notification").isEmpty();
        Set<String> distinct = new HashSet<>(keys);
        assertThat(distinct).as("entry keys of the notification, one per entry").hasSize(keys.size());
        return distinct;
    }

    private long applied(String fileName) {
        return count("""
                SELECT COUNT(*) FROM report_entry e JOIN report_file f ON f.id = e.file_id
                WHERE f.file_name = ?""", fileName);
    }

    private Set<String> storedKeys(String fileName) {
        return new HashSet<>(jdbc.sql("""
                SELECT e.entry_key FROM report_entry e JOIN report_file f ON f.id = e.file_id
                WHERE f.file_name = ?""").param(fileName).query(String.class).list());
    }

    private Map<String, Long> outcomes(String fileName) {
        return jdbc.sql("""
                SELECT e.outcome, COUNT(*) FROM report_entry e JOIN report_file f ON f.id = e.file_id
                WHERE f.file_name = ? GROUP BY e.outcome""").param(fileName)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Every payout compared with what the simulator's rules make of its amount: booked ones COMPLETED with one
     * history line to COMPLETED; returned ones COMPLETED, then FAILED, their transaction RETURNED with the reason;
     * rejected ones FAILED, their transaction FAILED with the reason. The first 10 that differ, if any.
     */
    private List<String> mismatches(UUID tenant) {
        List<String> mismatches = new ArrayList<>();
        jdbc.sql("""
                SELECT i.instruction_ref, i.amount, i.status, t.status AS transaction_status, i.failed_error_code,
                    (SELECT COALESCE(string_agg(h.to_status, ',' ORDER BY h.id), '') FROM instruction_status_history h
                     WHERE h.instruction_id = i.id AND h.cause = 'RECONCILIATION_FILE') AS moves
                FROM instruction i JOIN submission s ON s.instruction_id = i.id
                JOIN payment_transaction t ON t.id = s.transaction_id
                WHERE i.tenant_id = ? ORDER BY i.id""").param(tenant).query(rs -> {
                    BankRules.Outcome rule = BankRules.outcome(rs.getBigDecimal("amount"), false);
                    String expected = switch (rule.kind()) {
                        case ACCEPTED -> "COMPLETED COMPLETED null COMPLETED";
                        case RETURNED -> "FAILED RETURNED " + rule.reasonCode() + " COMPLETED,FAILED";
                        case REJECTED -> "FAILED FAILED " + rule.reasonCode() + " FAILED";
                    };
                    String actual = rs.getString("status") + " " + rs.getString("transaction_status") + " "
                            + rs.getString("failed_error_code") + " " + rs.getString("moves");
                    if (!actual.equals(expected) && mismatches.size() < 10) {
                        mismatches.add(rs.getString("instruction_ref") + " " + amount(rs.getBigDecimal("amount"))
                                + ": " + actual + ", expected " + expected);
                    }
                });
        assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ?", tenant)).as("payouts submitted")
                .isEqualTo(PAYMENTS);
        return mismatches;
    }

    private static String amount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(List.of(parameters)).query(Long.class).single();
    }
}
