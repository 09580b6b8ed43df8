package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.OrderService;
import dev.settle.support.CliRun;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code settle executions}, {@code show}, {@code stop}, {@code abandon} and {@code restart} on settlement runs, as an
 * operator runs them: output, JSON and exit codes, the error paths included.
 */
@PostgresIntegrationTest
class ExecutionCommandsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    String dataDir = CliRun.newDataDir();
    Caller caller;
    String scheme;

    @BeforeEach
    void tenantWithADuePayout() {
        caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 100, false, "{}");
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("P-1", account, "10.00", "2031-03-05",
                scheme)));
    }

    @Test
    void aCompletedRunIsListedAndShownWithItsStepsAndControlTotals() {
        CliRun run = CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04", "schemeId=" + scheme,
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode ran = JSON.readTree(run.out());
        long id = ran.get("executionId").asLong();
        assertThat(ran.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(ran.get("report").get("batches").get(0).get("payments").asLong()).isOne();

        CliRun listed = CliRun.run(dataDir, "executions", "--job", "settlementJob", "--since", "1h", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(JSON.readTree(listed.out()).valueStream().filter(e -> e.get("executionId").asLong() == id)
                .map(e -> e.get("status").asString())).containsExactly("COMPLETED");
        CliRun table = CliRun.run(dataDir, "executions", "--status", "COMPLETED", "--limit", "100");
        assertThat(table.out()).startsWith("ID").containsPattern(id + "\\s+settlementJob\\s+COMPLETED\\s+COMPLETED")
                .contains("schemeId=" + scheme);
        assertThat(CliRun.run(dataDir, "executions", "--status", "FAILED", "--json", "--limit", "1000").out())
                .doesNotContain("\"executionId\" : " + id + ",");

        CliRun shown = CliRun.run(dataDir, "show", String.valueOf(id));
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Execution " + id + " of settlementJob: COMPLETED", "businessDate=2031-03-04")
                .containsPattern("settleSchemeStep:\\S+\\s+COMPLETED\\s+1\\s+1\\s+0\\s+0")
                .contains("batches submitted (control totals)", "10.00 EUR");
        JsonNode json = JSON.readTree(CliRun.run(dataDir, "show", String.valueOf(id), "--json").out());
        assertThat(json.get("steps").valueStream().map(step -> step.get("step").asString()))
                .contains("markLateStep", "settleSchemesStep", "reportStep");
        assertThat(json.get("figures").get("batches").get(0).get("controlSum").decimalValue())
                .isEqualByComparingTo("10.00");
    }

    @Test
    void completedExecutionsAreNotStoppedAbandonedRestartedOrRecovered() {
        long id = JSON.readTree(CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04",
                "schemeId=" + scheme, "--json").out()).get("executionId").asLong();

        CliRun stop = CliRun.run(dataDir, "stop", String.valueOf(id));
        CliRun abandon = CliRun.run(dataDir, "abandon", String.valueOf(id));
        CliRun restart = CliRun.run(dataDir, "restart", String.valueOf(id));
        CliRun recover = CliRun.run(dataDir, "recover", String.valueOf(id));

        assertThat(stop.exitCode()).isEqualTo(3);
        assertThat(stop.err()).contains("settle stop: Execution " + id + " of settlementJob already COMPLETED");
        assertThat(abandon.exitCode()).isEqualTo(3);
        assertThat(abandon.err()).contains("already COMPLETED; nothing to abandon");
        assertThat(restart.exitCode()).isEqualTo(3);
        assertThat(restart.err()).contains("already COMPLETED; nothing to restart");
        assertThat(recover.exitCode()).isEqualTo(1);
        assertThat(recover.err()).contains("only an execution marked running needs recovering");
    }

    @Test
    void aFailedRunIsAbandonedOnceAndThenNeitherRestartedNorStopped() {
        jdbc.sql("UPDATE scheme SET settings = '{\"sandbox.unavailable\": \"true\"}' WHERE scheme_id = ?").param(scheme)
                .update();
        CliRun failed = CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04", "schemeId=" + scheme,
                "--settle.settlement.unavailable-backoff=1ms");
        assertThat(failed.exitCode()).isEqualTo(5);
        Matcher restartHint = Pattern.compile("settle restart (\\d+)").matcher(failed.err());
        assertThat(restartHint.find()).as(failed.err()).isTrue();
        String id = restartHint.group(1);

        CliRun stop = CliRun.run(dataDir, "stop", id);
        CliRun abandoned = CliRun.run(dataDir, "abandon", id, "--json");
        CliRun again = CliRun.run(dataDir, "abandon", id);
        CliRun restart = CliRun.run(dataDir, "restart", id);

        assertThat(stop.exitCode()).isEqualTo(1);
        assertThat(stop.err()).contains("is FAILED; only a running execution can be stopped");
        assertThat(abandoned.exitCode()).as(abandoned.err()).isZero();
        assertThat(JSON.readTree(abandoned.out()).get("status").asString()).isEqualTo("ABANDONED");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("already ABANDONED");
        assertThat(restart.exitCode()).isEqualTo(3);
        assertThat(restart.err()).contains("was ABANDONED; it cannot be restarted");
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?")
                .param(Long.parseLong(id)).query(String.class).single()).isEqualTo("ABANDONED");
    }

    @Test
    void unknownExecutionsAndBadOptionsAreRefusedWithTheDocumentedExitCodes() {
        for (String command : List.of("show", "stop", "abandon", "restart", "recover")) {
            CliRun unknown = CliRun.run(dataDir, command, "987654321");
            assertThat(unknown.exitCode()).as(command).isEqualTo(1);
            assertThat(unknown.err()).as(command).contains("settle " + command + ": No job execution 987654321");
        }
        assertThat(CliRun.run(dataDir, "show", "twelve").exitCode()).isEqualTo(2);
        CliRun badStatus = CliRun.run(dataDir, "executions", "--status", "DONE");
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.err()).contains("--status", "DONE");
        CliRun badJob = CliRun.run(dataDir, "executions", "--job", "payrollJob");
        assertThat(badJob.exitCode()).isEqualTo(2);
        assertThat(badJob.err()).contains("Unknown job 'payrollJob'", "settlementJob");
        CliRun badSince = CliRun.run(dataDir, "executions", "--since", "yesterday");
        assertThat(badSince.exitCode()).isEqualTo(2);
        assertThat(badSince.err()).contains("'yesterday' is neither a date");
        assertThat(CliRun.run(dataDir, "executions", "--limit", "0").exitCode()).isEqualTo(2);
        CliRun neither = CliRun.run(dataDir, "recover");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("Name one execution id, or --stale");
        assertThat(CliRun.run(dataDir, "recover", "1", "--stale").exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("stop", "abandon", "executions", "show", "instructions", "recover", "restart",
                "run", "rerun")) {
            CliRun help = CliRun.run(dataDir, command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out().replaceAll("\\s+", " ")).as(command).contains("Usage: settle " + command,
                    "Exit codes");
        }
    }
}
