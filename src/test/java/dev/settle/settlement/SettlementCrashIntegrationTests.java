package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.PaymentTransactionRepository;
import dev.settle.support.CliRun;
import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.PostgresTestDatabase;
import dev.settle.support.SettleProcess;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of "exactly once": the settlement process is killed with SIGKILL at each point where a crash
 * could lose or double a payment, the operator restarts the execution the documented way ({@code settle run} is
 * refused with a recover hint, {@code settle recover}, {@code settle restart}), and then every due instruction has
 * been submitted exactly once, in exactly one complete, schema-valid SEPA file (see {@link SettledExactlyOnce}).
 * The same holds when the next server start-up recovers the killed run by itself, and when a run is stopped by
 * SIGTERM or by {@code settle stop} from another process.
 */
@PostgresIntegrationTest
@ExtendWith(PostgresAvailable.class)
class SettlementCrashIntegrationTests {

    // A Tuesday; due are settledByDates up to the next business day (lead time 1).
    static final LocalDate BUSINESS_DATE = LocalDate.of(2031, 3, 4);
    static final LocalDate DUE = LocalDate.of(2031, 3, 5);

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentTransactionRepository transactions;

    @TempDir
    Path root;

    UUID tenant;
    UUID account;
    String scheme;
    Path outbox;
    String dataDir;
    SettledExactlyOnce settledOnce;

    @BeforeEach
    void tenantWithSepaCreditScheme() {
        tenant = TestTenants.create(admin).tenantId();
        account = TestFixtures.instrument(jdbc, tenant, "C-1", true, false);
        scheme = "SCT-" + UUID.randomUUID().toString().substring(0, 8);
        outbox = root.resolve("outbox");
        dataDir = CliRun.newDataDir();
        settledOnce = new SettledExactlyOnce(jdbc, transactions, tenant, scheme, outbox);
    }

    @Test
    void killedWhileClaimingIsRestartedAndClaimsTheRestOnce() throws Exception {
        sepaCreditScheme(1_000);
        dueInstructions(5_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme, 50);

        settlement.killWhen("some due instructions claimed", Duration.ofMillis(5), () -> claimed() >= 250);

        assertThat(claimed()).as("killed while claiming").isBetween(250L, 4_999L);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND batch_id IS NOT NULL"))
                .as("nothing planned yet").isZero();
        assertThat(settledOnce.completeFiles()).as("no file written yet").isEmpty();
        SettlementProcess.restartAsAnOperatorWould(dataDir, BUSINESS_DATE, scheme);
        settledOnce.assertHolds(5_000, Map.of());
    }

    @Test
    void killedBetweenBatchesIsRestartedWithoutSubmittingARecordedBatchAgain() throws Exception {
        sepaCreditScheme(100);
        dueInstructions(3_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme,
                1_000);

        settlement.killWhen("some batches recorded, others still claimed", Duration.ofMillis(5),
                () -> inState("SUBMITTED") >= 300);

        assertThat(inState("SUBMITTED")).as("batches recorded before the kill").isBetween(300L, 2_900L);
        assertThat(inState("CLAIMED")).as("batches not recorded before the kill").isBetween(100L, 2_700L);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND batch_id IS NULL"))
                .as("every claimed payment planned into a batch").isZero();
        Map<Path, SettledExactlyOnce.FileState> complete = settledOnce.completeFiles();
        SettlementProcess.restartAsAnOperatorWould(dataDir, BUSINESS_DATE, scheme);
        settledOnce.assertHolds(3_000, complete);
    }

    @Test
    void killedWhileWritingAFileIsRestartedAndWritesThatFileOnce() throws Exception {
        sepaCreditScheme(4_000);
        dueInstructions(12_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme,
                2_000);

        // A quarter of a file (of about 1.3 MB) on disk: the kill lands while the file is written, after one was
        // published and recorded.
        settlement.killWhen("a file half written after another was published", Duration.ofMillis(2),
                () -> inState("SUBMITTED") > 0 && partFiles().stream().anyMatch(part -> size(part) >= 256 * 1024));

        List<Path> parts = partFiles();
        assertThat(parts).as("the kill left a file half written").hasSize(1);
        String name = parts.get(0).getFileName().toString();
        String batch = name.substring(0, name.indexOf('.'));
        assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND batch_id = ? AND state = 'CLAIMED'",
                batch)).as("rows of the half-written " + name).isEqualTo(4_000);
        assertThat(outbox.resolve(batch + ".xml")).doesNotExist();
        assertThat(inState("SUBMITTED")).as("the files published before").isBetween(4_000L, 8_000L);
        Map<Path, SettledExactlyOnce.FileState> complete = settledOnce.completeFiles();
        SettlementProcess.restartAsAnOperatorWould(dataDir, BUSINESS_DATE, scheme);
        settledOnce.assertHolds(12_000, complete);
    }

    /**
     * The window between publishing a file and committing its answer is too short to hit by polling, so the
     * process is held there: this test locks a transaction row of the third batch, which recording the batch
     * updates after its file and manifest are published. The process is killed while it waits for the lock.
     */
    @Test
    void killedAfterPublishingAFileBeforeRecordingItDoesNotWriteThatFileAgain() throws Exception {
        sepaCreditScheme(200);
        dueInstructions(2_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme,
                50);
        settlement.await("three batches claimed", Duration.ofMillis(5), () -> claimed() >= 600);
        long firstOfThirdBatch = jdbc.sql("SELECT id FROM submission WHERE tenant_id = ? ORDER BY id OFFSET 400 LIMIT 1")
                .param(tenant).query(Long.class).single();
        Path thirdFile = outbox.resolve("F" + firstOfThirdBatch + ".xml");

        try (Connection lock = DriverManager.getConnection(PostgresTestDatabase.url(), "postgres", "")) {
            lock.setAutoCommit(false);
            // The third batch's control totals, uncommitted: recording them waits on this transaction.
            try (PreparedStatement totals = lock.prepareStatement("""
                    INSERT INTO submission_batch_total (batch_id, currency, tenant_id, scheme_id, writer_type,
                        business_date, payment_count, control_sum, submitted_by_execution, submitted_at)
                    VALUES (?, 'EUR', ?, ?, 'SEPA_SCT', ?, 0, 0, 0, CURRENT_TIMESTAMP)""")) {
                totals.setString(1, "F" + firstOfThirdBatch);
                totals.setObject(2, tenant);
                totals.setString(3, scheme);
                totals.setObject(4, BUSINESS_DATE);
                totals.executeUpdate();
            }
            assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND batch_id IS NOT NULL"))
                    .as("locked before any batch was planned, so before the third was recorded").isZero();
            settlement.killWhen("third file published, recording it waits", Duration.ofMillis(5),
                    () -> Files.exists(PublishedPain001.manifestOf(thirdFile)) && waitingForALock());
            lock.rollback();
        }

        assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND state = 'SUBMITTED'"))
                .as("the first two batches recorded").isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND batch_id = ? AND state = 'CLAIMED'",
                "F" + firstOfThirdBatch)).as("the published third batch not recorded").isEqualTo(200);
        Map<Path, SettledExactlyOnce.FileState> complete = settledOnce.completeFiles();
        assertThat(complete).containsKeys(thirdFile, PublishedPain001.manifestOf(thirdFile));
        SettlementProcess.restartAsAnOperatorWould(dataDir, BUSINESS_DATE, scheme);
        settledOnce.assertHolds(2_000, complete);
    }

    @Test
    void killedRunIsRecoveredByTheNextServerStartUpAndRestartedToCompletion() throws Exception {
        sepaCreditScheme(1_000);
        dueInstructions(5_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme, 50);
        settlement.killWhen("some due instructions claimed", Duration.ofMillis(5), () -> claimed() >= 250);
        long execution = execution();
        assertThat(status(execution)).isEqualTo("STARTED");

        SettleProcess server = SettleProcess.start(root.resolve("logs"), "server", dataDir, "server", "--port", "0");
        server.await("the killed execution recovered", Duration.ofMillis(200),
                () -> !"STARTED".equals(status(execution)));
        assertThat(server.terminate("recovered")).as(server.output()).isNotEqualTo(137);

        assertThat(status(execution)).isEqualTo("FAILED");
        CliRun restarted = CliRun.run(dataDir, "restart", String.valueOf(execution));
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        settledOnce.assertHolds(5_000, Map.of());
    }

    @Test
    void sigtermStopsTheRunAtAChunkBoundaryAndTheRestartCompletesIt() throws Exception {
        sepaCreditScheme(1_000);
        dueInstructions(5_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme, 50);
        settlement.await("some due instructions claimed", Duration.ofMillis(5), () -> claimed() >= 250);

        int exitCode = settlement.terminate("some due instructions claimed");

        long execution = execution();
        assertThat(exitCode).as("ended on SIGTERM, not killed").isNotEqualTo(137);
        assertThat(status(execution)).isEqualTo("STOPPED");
        assertThat(claimed()).as("stopped part-way through the claim").isBetween(250L, 4_999L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_execution_owner WHERE job_execution_id = ?").param(execution)
                .query(Long.class).single()).as("the stopped execution no longer has an owner").isZero();
        CliRun restarted = CliRun.run(dataDir, "restart", String.valueOf(execution));
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        settledOnce.assertHolds(5_000, Map.of());
    }

    @Test
    void stopFromAnotherProcessEndsTheRunStoppedAndTheRestartCompletesIt() throws Exception {
        sepaCreditScheme(1_000);
        dueInstructions(5_000);
        SettlementProcess settlement = SettlementProcess.start(root.resolve("logs"), dataDir, BUSINESS_DATE, scheme, 50);
        settlement.await("some due instructions claimed", Duration.ofMillis(5), () -> claimed() >= 250);
        long execution = execution();

        CliRun stop = CliRun.run(dataDir, "stop", String.valueOf(execution));

        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.out()).contains("Execution " + execution + " of settlementJob is STOPPED: the process running "
                + "it ends it at its next chunk boundary");
        assertThat(settlement.exitCode()).as("the run ends STOPPED: exit 5").isEqualTo(5);
        assertThat(status(execution)).isEqualTo("STOPPED");
        assertThat(claimed()).as("stopped part-way through the claim").isLessThan(5_000L);
        CliRun restarted = CliRun.run(dataDir, "restart", String.valueOf(execution));
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        settledOnce.assertHolds(5_000, Map.of());
    }

    // The settlement of this test's scheme: the only one, as every test has a scheme of its own.
    private long execution() {
        return jdbc.sql("""
                SELECT MAX(job_execution_id) FROM batch_job_execution_params
                WHERE parameter_name = 'schemeId' AND parameter_value = ?""").param(scheme).query(Long.class).single();
    }

    private String status(long execution) {
        return jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(execution)
                .query(String.class).single();
    }

    private void sepaCreditScheme(int maxItemsPerFile) {
        TestFixtures.scheme(jdbc, tenant, scheme, "SEPA_SCT", "CREDIT", "EUR", maxItemsPerFile, false, """
                {"originatorName": "Settle GmbH", "originatorIban": "DE89370400440532013000",
                 "originatorBic": "COBADEFFXXX", "painVersion": "09", "outputDirectory": "%s"}"""
                .formatted(outbox.toAbsolutePath().toString().replace("\\", "\\\\")));
    }

    // Plain INSERTs: thousands of instructions through the order API would take longer than the run itself.
    private void dueInstructions(int count) {
        long order = jdbc.sql("""
                INSERT INTO orders (tenant_id, order_ref, metadata, created_at, last_updated_at)
                VALUES (?, 'CRASH', '{}', now(), now()) RETURNING id""").param(tenant).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO instruction (tenant_id, order_id, instruction_ref, customer_ref, direction, amount, currency,
                    country, settled_by_date, financial_instrument_id, financial_instrument_source, scheme_id,
                    scheme_source, own_metadata, metadata, status, version, created_at, last_updated_at)
                SELECT ?, ?, 'P-' || g, 'C-1', 'CREDIT', 0.01 * (1 + (g * 7919) % 100000), 'EUR', 'DE', ?, ?,
                    'CUSTOMER', ?, 'CUSTOMER', '{}', '{}', 'READY', 1, now(), now()
                FROM generate_series(1, ?) g""").params(tenant, order, DUE, account, scheme, count).update();
    }

    private long claimed() {
        return count("SELECT COUNT(*) FROM submission WHERE tenant_id = ?");
    }

    private long inState(String state) {
        return count("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND state = ?", state);
    }

    private long count(String sql, Object... more) {
        return jdbc.sql(sql).params(Stream.concat(Stream.of(tenant), Stream.of(more)).toList()).query(Long.class)
                .single();
    }

    // Another session of this test database waits for a lock: the settlement process, as nothing else runs here.
    private boolean waitingForALock() {
        return jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                + "wait_event_type = 'Lock'").query(Long.class).single() > 0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // renamed away in the meantime
        }
    }

    private List<Path> partFiles() {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml.part")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
