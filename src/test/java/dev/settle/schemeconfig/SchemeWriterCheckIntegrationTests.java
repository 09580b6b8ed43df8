package dev.settle.schemeconfig;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A stored scheme whose writer this build does not have stops start-up, naming it, before any job can run. */
@PostgresIntegrationTest
class SchemeWriterCheckIntegrationTests {

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchemeWithoutAWriterStopsStartUpNamingTheScheme() {
        UUID tenant = TestTenants.create(admin).tenantId();
        TestFixtures.scheme(jdbc, tenant, "FTP-1", "FTP_UPLOAD", "CREDIT", "EUR", 100, false, "{}");
        try {
            CliRun run = CliRun.run(CliRun.newDataDir(), "run", "settlementJob", "businessDate=2031-03-04",
                    "schemeId=FTP-1");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("Schemes configured with a writer this build does not have",
                    tenant + "/FTP-1=FTP_UPLOAD", "SEPA_SCT");
        } finally {
            // Every later context of this JVM would refuse to start as well.
            jdbc.sql("DELETE FROM scheme WHERE tenant_id = ?").param(tenant).update();
        }
    }
}
