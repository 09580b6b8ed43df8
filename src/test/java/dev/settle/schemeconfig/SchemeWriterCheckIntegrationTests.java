package dev.settle.schemeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.SettleProcess;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stored scheme whose writer this build does not have stops start-up, naming it, before any job can run. The
 * command runs in a process of its own: a context that fails to start takes this JVM's logging down with it.
 */
@PostgresIntegrationTest
@ExtendWith(PostgresAvailable.class)
class SchemeWriterCheckIntegrationTests {

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchemeWithoutAWriterStopsStartUpNamingTheScheme(@TempDir Path logs) throws Exception {
        UUID tenant = TestTenants.create(admin).tenantId();
        TestFixtures.scheme(jdbc, tenant, "FTP-1", "FTP_UPLOAD", "CREDIT", "EUR", 100, false, "{}");
        try {
            SettleProcess run = SettleProcess.start(logs, "settlement", CliRun.newDataDir(), "run", "settlementJob",
                    "businessDate=2031-03-04", "schemeId=FTP-1");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.output()).contains("Schemes configured with a writer this build does not have",
                    tenant + "/FTP-1=FTP_UPLOAD", "SEPA_SCT");
        } finally {
            // Every later context of this JVM would refuse to start as well.
            jdbc.sql("DELETE FROM scheme WHERE tenant_id = ?").param(tenant).update();
        }
    }
}
