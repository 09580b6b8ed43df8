package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A chunk fails half-way through a file (a real database error, injected by a trigger), then the import is run
 * again: it carries on after the last committed chunk, and every row ends up stored or reported exactly once.
 */
@PostgresIntegrationTest
@ExtendWith(PostgresAvailable.class)
@TestPropertySource(properties = "settle.import.chunk-size=100")
class CsvImportRestartIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    UUID tenant;

    @BeforeEach
    void faultInjection() {
        tenant = TestTenants.create(admin).tenantId();
        TestFixtures.sampleCsvReferences(jdbc, tenant);
        jdbc.sql("CREATE TABLE IF NOT EXISTS import_fault (instruction_ref VARCHAR(50) PRIMARY KEY)").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION import_fault() RETURNS trigger AS $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM import_fault WHERE instruction_ref = NEW.instruction_ref) THEN
                    RAISE EXCEPTION 'injected fault on %', NEW.instruction_ref;
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql
                """).update();
        jdbc.sql("CREATE TRIGGER import_fault BEFORE INSERT ON instruction FOR EACH ROW EXECUTE FUNCTION import_fault()")
                .update();
    }

    @AfterEach
    void removeFault() {
        jdbc.sql("DROP TRIGGER IF EXISTS import_fault ON instruction").update();
        jdbc.sql("DELETE FROM import_fault").update();
    }

    @Test
    void failedChunkIsRedoneAndNothingIsLostOrDoneTwice(@TempDir Path dir) throws Exception {
        Path file = GeneratedCsv.write(dir.resolve("large.csv"), 2500, 97);
        jdbc.sql("INSERT INTO import_fault VALUES ('I-1234')").update();

        ImportResult failed = imports.importFile(ImportJobs.INSTRUCTIONS_JOB, file, tenant.toString());

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.exitDescription()).contains("injected fault on I-1234");
        assertThat(failed.counts().read()).isEqualTo(1200);
        assertThat(failed.notProcessed()).isEqualTo(1300);

        jdbc.sql("DELETE FROM import_fault").update();
        ImportResult resumed = imports.importFile(ImportJobs.INSTRUCTIONS_JOB, file, tenant.toString());

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.executionId()).isNotEqualTo(failed.executionId());
        assertThat(resumed.counts()).isEqualTo(new ImportCounts(2500 - 25, 0, 25));
        assertThat(count("SELECT COUNT(*) FROM instruction WHERE tenant_id = ?")).isEqualTo(2475);
        assertThat(count("""
                SELECT COUNT(*) FROM instruction_status_history h JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ?""")).isEqualTo(2475);
        assertThat(count("SELECT COUNT(DISTINCT line_number) FROM import_row_outcome WHERE tenant_id = ?")).isEqualTo(25);
        assertThat(jdbc.sql("""
                SELECT s.read_count FROM batch_step_execution s
                WHERE s.job_execution_id = ? AND s.step_name = 'importInstructionsStep'
                """).param(resumed.executionId()).query(Long.class).single()).as("the restart skipped committed rows")
                .isEqualTo(1300);
        assertThat(resumed.readThisRun()).isEqualTo(1300);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(tenant).query(Long.class).single();
    }
}
