package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.PostgresTestDatabase;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import process is killed with SIGKILL half-way through a file; the operator recovers the execution and
 * imports the file again: every row ends up stored exactly once.
 */
@PostgresIntegrationTest
@ExtendWith(PostgresAvailable.class)
class CsvImportCrashIntegrationTests {

    private static final int ROWS = 60_000;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void killedImportIsRecoveredAndCompletedWithEveryRowOnce(@TempDir Path dir) throws Exception {
        UUID tenant = TestTenants.create(admin).tenantId();
        TestFixtures.sampleCsvReferences(jdbc, tenant);
        Path file = GeneratedCsv.write(dir.resolve("big.csv"), ROWS, 0);
        String dataDir = CliRun.newDataDir();

        Process importer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.settle.SettleApplication", "import", "instructions",
                file.toString(), "--tenant", tenant.toString(), "--settle.import.chunk-size=200",
                "--settle.data-dir=" + dataDir, "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=postgres", "--spring.datasource.password="))
                .redirectOutput(dir.resolve("importer.out").toFile()).redirectError(dir.resolve("importer.err").toFile())
                .start();
        waitUntilStored(tenant, 2_000, importer);
        importer.destroyForcibly().waitFor();
        long storedAtKill = stored(tenant);
        assertThat(storedAtKill).as("killed mid-file").isBetween(2_000L, ROWS - 1L);

        CliRun refused = CliRun.run(dataDir, "import", "instructions", file.toString(), "--tenant", tenant.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
        Matcher recoverHint = Pattern.compile("settle recover (\\d+)").matcher(refused.err());
        assertThat(recoverHint.find()).as(refused.err()).isTrue();
        CliRun recovered = CliRun.run(dataDir, "recover", recoverHint.group(1));
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        CliRun resumed = CliRun.run(dataDir, "import", "instructions", file.toString(), "--tenant", tenant.toString(),
                "--json");

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("\"status\" : \"COMPLETED\"").contains("\"stored\" : " + ROWS)
                .contains("\"rejected\" : 0");
        assertThat(stored(tenant)).isEqualTo(ROWS);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM instruction_status_history h JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ?""").param(tenant).query(Long.class).single()).isEqualTo(ROWS);
    }

    private long stored(UUID tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM instruction WHERE tenant_id = ?").param(tenant).query(Long.class).single();
    }

    private void waitUntilStored(UUID tenant, long rows, Process importer) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (stored(tenant) < rows) {
            assertThat(importer.isAlive()).as("the importer ended before it could be killed").isTrue();
            assertThat(Instant.now()).as("the importer stored nothing in time").isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
