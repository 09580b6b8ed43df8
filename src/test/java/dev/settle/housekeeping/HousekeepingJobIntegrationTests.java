package dev.settle.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.csvimport.ImportReports;
import dev.settle.order.OrderService;
import dev.settle.scheme.sepa.SepaProperties;
import dev.settle.settlement.SettlementReports;
import dev.settle.settlement.SettlementRuns;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Housekeeping deletes finished, old job instances and old files, and keeps what an unfinished execution needs:
 * a failed instance, the upload it reads, a published file whose payments the bank has not answered.
 */
@PostgresIntegrationTest
class HousekeepingJobIntegrationTests {

    static final Instant LONG_AGO = Instant.now().minus(Duration.ofDays(500));

    @Autowired
    HousekeepingRuns housekeeping;

    @Autowired
    SettlementRuns settlements;

    @Autowired
    SettlementReports reports;

    @Autowired
    ImportReports imports;

    @Autowired
    SepaProperties sepa;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oldFinishedMetadataGoesUnfinishedStays() throws Exception {
        long oldCompleted = ranHousekeeping(someDate());
        long oldFailed = ranHousekeeping(someDate());
        long recent = ranHousekeeping(someDate());
        age(oldCompleted, "COMPLETED");
        age(oldFailed, "FAILED");

        String outcome = housekeeping.run(someDate());

        assertThat(outcome).contains("COMPLETED", "deleted");
        assertThat(rows(oldCompleted)).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(rows(oldFailed)).containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(rows(recent)).containsExactly(1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void oldFilesGoUnlessAnUnfinishedExecutionOrAnUnansweredPaymentNeedsThem() throws Exception {
        // First, as every housekeeping run deletes old files.
        long failedImport = ranHousekeeping(someDate());
        age(failedImport, "FAILED");
        Files.createDirectories(reports.directory());
        Path oldReport = old(Files.writeString(reports.directory().resolve("old-" + UUID.randomUUID() + ".txt"), "x"));
        Path newReport = Files.writeString(reports.directory().resolve("new-" + UUID.randomUUID() + ".txt"), "x");
        Files.createDirectories(imports.uploads());
        Path unused = old(Files.writeString(imports.uploads().resolve("unused-" + UUID.randomUUID() + ".csv"), "x"));
        Path inUse = old(Files.writeString(imports.uploads().resolve("in-use-" + UUID.randomUUID() + ".csv"), "x"));
        jdbc.sql("""
                INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE, PARAMETER_VALUE,
                    IDENTIFYING) SELECT JOB_EXECUTION_ID, 'inputFile', 'java.lang.String', ?, 'N' FROM BATCH_JOB_EXECUTION
                WHERE JOB_INSTANCE_ID = ?""")
                .params(inUse.toAbsolutePath().normalize().toString(), failedImport).update();
        Path unanswered = published();
        Path answered = old(Files.writeString(unanswered.resolveSibling("ANSWERED-" + UUID.randomUUID() + ".xml"), "x"));
        old(Files.writeString(answered.resolveSibling(answered.getFileName() + ".manifest.json"), "{}"));
        Path withoutManifest = old(Files.writeString(unanswered.resolveSibling("PART-" + UUID.randomUUID() + ".xml"),
                "x"));

        housekeeping.run(someDate());

        assertThat(oldReport).doesNotExist();
        assertThat(newReport).exists();
        assertThat(unused).doesNotExist();
        assertThat(inUse).exists();
        assertThat(answered).doesNotExist();
        assertThat(answered.resolveSibling(answered.getFileName() + ".manifest.json")).doesNotExist();
        assertThat(unanswered).exists();
        assertThat(unanswered.resolveSibling(unanswered.getFileName() + ".manifest.json")).exists();
        assertThat(withoutManifest).exists();
    }

    /** A pain.001 the settlement published under the outbox, still waiting for the bank's answer, made old. */
    private Path published() throws Exception {
        Caller caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        String scheme = "SCT-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SEPA_SCT", "CREDIT", "EUR", 100, false, """
                {"originatorName": "Payouts", "originatorIban": "DE02120300000000202051"}""");
        // Tuesday 2035-03-06; due the next TARGET2 business day.
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("I-1", account, "10.00", "2035-03-07", scheme)));
        assertThat(settlements.run(LocalDate.of(2035, 3, 6), scheme).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path folder = sepa.outboxDir().resolve(caller.tenantId().toString()).resolve(scheme);
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            all.forEach(HousekeepingJobIntegrationTests::old);
            return all.stream().filter(f -> f.toString().endsWith(".xml")).findFirst().orElseThrow();
        }
    }

    private long ranHousekeeping(LocalDate date) throws Exception {
        assertThat(housekeeping.run(date)).contains("COMPLETED");
        return jdbc.sql("""
                SELECT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p
                    ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'runDate' AND p.PARAMETER_VALUE = ?""").param(date.toString())
                .query(Long.class).single();
    }

    private void age(long instance, String status) {
        LocalDateTime longAgo = LocalDateTime.now().minusDays(500);
        jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = ?, START_TIME = ?, END_TIME = ? WHERE JOB_INSTANCE_ID = ?")
                .params(status, longAgo, longAgo, instance).update();
    }

    /** Rows of the instance, its executions, their parameters, steps and step contexts. */
    private List<Long> rows(long instance) {
        String executions = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = " + instance;
        String steps = "SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + ")";
        return List.of("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = " + instance,
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = " + instance,
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + executions + ")",
                "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + ")",
                "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (" + steps + ")")
                .stream().map(sql -> jdbc.sql(sql).query(Long.class).single()).toList();
    }

    private static LocalDate someDate() {
        return LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
    }

    private static Path old(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
