package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code settle import …}, {@code restart} and {@code recover} as an operator runs them: output and exit codes. */
@PostgresIntegrationTest
class ImportCommandIntegrationTests {

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    String tenant;
    String dataDir = CliRun.newDataDir();

    @BeforeEach
    void tenant() {
        UUID id = TestTenants.create(admin).tenantId();
        tenant = id.toString();
        TestFixtures.scheme(jdbc, id, "SEPA-CT-EUR", "CREDIT", "EUR");
        TestFixtures.scheme(jdbc, id, "SEPA-DD-EUR", "DEBIT", "EUR");
        TestFixtures.scheme(jdbc, id, "SANDBOX-GBP", "CREDIT,DEBIT", "GBP");
    }

    @Test
    void importsPrintTheirSummaryAndASecondRunOfTheSameFileExitsWith3() {
        CliRun instruments = CliRun.run(dataDir, "import", "instruments", "sample-data/csv/instruments-valid.csv",
                "--tenant", tenant, "--json");
        CliRun instructions = CliRun.run(dataDir, "import", "instructions",
                "sample-data/csv/instructions-valid-multi-currency.csv", "--tenant", tenant);
        CliRun again = CliRun.run(dataDir, "import", "instructions",
                "sample-data/csv/instructions-valid-multi-currency.csv", "--tenant", tenant);

        assertThat(instruments.exitCode()).as(instruments.err()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(instruments.out());
        assertThat(summary.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(summary.get("stored").asLong()).isEqualTo(6);
        assertThat(summary.get("errorReport").asString()).endsWith("errors.csv");
        assertThat(instructions.exitCode()).as(instructions.err()).isZero();
        assertThat(instructions.out()).containsPattern("status +COMPLETED").containsPattern("stored +10")
                .containsPattern("rejected +0").contains("rowsPerSecond");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("was already imported for this tenant").contains("Nothing was done");
    }

    @Test
    void failedImportExitsWith5AndSaysWhy() {
        CliRun.run(dataDir, "import", "instruments", "sample-data/csv/instruments-valid.csv", "--tenant", tenant);

        CliRun failed = CliRun.run(dataDir, "import", "instructions", "sample-data/csv/instructions-invalid-mostly-bad.csv",
                "--tenant", tenant);

        assertThat(failed.exitCode()).isEqualTo(5);
        assertThat(failed.out()).containsPattern("status +FAILED").containsPattern("stored +2")
                .containsPattern("rejected +8").contains("max-rejected-percent");
    }

    @Test
    void failedImportCarriesOnWithARaisedLimitWithoutCountingRowsTwice() {
        CliRun.run(dataDir, "import", "instruments", "sample-data/csv/instruments-valid.csv", "--tenant", tenant);
        String file = "sample-data/csv/instructions-invalid-mostly-bad.csv";
        assertThat(CliRun.run(dataDir, "import", "instructions", file, "--tenant", tenant).exitCode()).isEqualTo(5);

        CliRun again = CliRun.run(dataDir, "import", "instructions", file, "--tenant", tenant,
                "--settle.import.max-rejected-percent=90");

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).containsPattern("status +COMPLETED").containsPattern("stored +2")
                .containsPattern("rejected +8");
    }

    @Test
    void missingFileUnknownTenantAndUnknownExecutionExitWith1() {
        CliRun missing = CliRun.run(dataDir, "import", "instructions", "no/such/file.csv", "--tenant", tenant);
        CliRun unknownTenant = CliRun.run(dataDir, "import", "instructions",
                "sample-data/csv/instructions-valid-multi-currency.csv", "--tenant", "nobody-" + UUID.randomUUID());
        CliRun restart = CliRun.run(dataDir, "restart", "987654321");
        CliRun recover = CliRun.run(dataDir, "recover", "987654321");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("No readable file").contains("file.csv");
        assertThat(unknownTenant.exitCode()).isEqualTo(1);
        assertThat(unknownTenant.err()).contains("No tenant");
        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err()).contains("No job execution 987654321");
        assertThat(recover.exitCode()).isEqualTo(1);
    }

    @Test
    void restartOfACompletedExecutionExitsWith3AndRecoverOfAFinishedOneWith1() {
        CliRun done = CliRun.run(dataDir, "import", "instruments", "sample-data/csv/instruments-valid.csv", "--tenant",
                tenant, "--json");
        String executionId = String.valueOf(JsonMapper.builder().build().readTree(done.out()).get("executionId").asLong());

        CliRun restart = CliRun.run(dataDir, "restart", executionId);
        CliRun recover = CliRun.run(dataDir, "recover", executionId);

        assertThat(restart.exitCode()).isEqualTo(3);
        assertThat(restart.err()).contains("already COMPLETED");
        assertThat(recover.exitCode()).isEqualTo(1);
        assertThat(recover.err()).contains("only an execution marked running needs recovering");
    }
}
