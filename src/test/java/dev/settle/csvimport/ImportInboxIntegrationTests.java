package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Draining a tenant's import inbox: each complete file imported once and moved out of the way. */
@PostgresIntegrationTest
class ImportInboxIntegrationTests {

    static final Path VALID = Path.of("sample-data", "csv", "instructions-valid-multi-currency.csv");

    @Autowired
    ImportInbox inbox;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    UUID tenant;

    @BeforeEach
    void tenantWithSchemesAndInstruments() {
        tenant = TestTenants.create(admin).tenantId();
        TestFixtures.sampleCsvReferences(jdbc, tenant);
    }

    @Test
    void importedFilesGoToDoneFailedOnesToFailedAndPartialOnesStay() throws Exception {
        Files.copy(VALID, folder.resolve("a.csv"));
        Files.copy(CsvFiles.fixture("invalid-header-every-problem.csv"), folder.resolve("b.csv"));
        Files.writeString(folder.resolve("c.csv.part"), "still arriving");

        List<ImportInbox.Drained> drained = inbox.drain(folder, ImportJobs.INSTRUCTIONS_JOB, tenant.toString());

        assertThat(drained).extracting(ImportInbox.Drained::outcome).containsExactly("imported",
                "failed, moved to failed/");
        assertThat(folder.resolve("done/a.csv")).exists();
        assertThat(folder.resolve("failed/b.csv")).exists();
        assertThat(folder.resolve("c.csv.part")).exists();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM instruction WHERE tenant_id = ?").param(tenant).query(Long.class)
                .single()).isEqualTo(10);

        Files.copy(VALID, folder.resolve("again.csv"));

        assertThat(inbox.drain(folder, ImportJobs.INSTRUCTIONS_JOB, tenant.toString()))
                .extracting(ImportInbox.Drained::outcome).containsExactly("already imported");
        assertThat(folder.resolve("done/again.csv")).exists();
    }

    @Test
    void anUnknownTenantLeavesEveryFileWhereItIs() throws Exception {
        Files.copy(VALID, folder.resolve("a.csv"));

        assertThatThrownBy(() -> inbox.drain(folder, ImportJobs.INSTRUCTIONS_JOB, "no-such-tenant"))
                .hasMessageContaining("No tenant 'no-such-tenant'");
        assertThat(folder.resolve("a.csv")).exists();
    }
}
