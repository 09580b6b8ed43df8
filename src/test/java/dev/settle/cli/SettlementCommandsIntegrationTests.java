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

/** {@code settle run settlementJob}, {@code settle rerun} and {@code settle restart} as an operator runs them. */
@PostgresIntegrationTest
class SettlementCommandsIntegrationTests {

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    String dataDir = CliRun.newDataDir();
    Caller caller;
    UUID account;
    String scheme;

    @BeforeEach
    void tenantWithDuePayouts() {
        caller = TestTenants.administrator(admin);
        account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 100, false, "{}");
        order("O1", "P-1", "2031-03-05");
    }

    @Test
    void runPrintsTheReportRefusesASecondRunAndRerunSubmitsWhatBecameDue() {
        CliRun first = CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04", "schemeId=" + scheme);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Settlement of business date 2031-03-04", "scheme " + scheme,
                "ACCEPTED          1  10.00 EUR", "of settlementJob: COMPLETED");

        CliRun again = CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04", "schemeId=" + scheme);
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("already COMPLETED", "settle rerun settlementJob --date 2031-03-04 --scheme "
                + scheme);

        order("O2", "P-2", "2031-03-05");
        CliRun rerun = CliRun.run(dataDir, "rerun", "settlementJob", "--date", "2031-03-04", "--scheme", scheme);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("ACCEPTED          2  20.00 EUR", "COMPLETED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFailedRunSaysHowToRestartAndTheRestartCompletesIt() {
        jdbc.sql("UPDATE scheme SET settings = '{\"sandbox.unavailable\": \"true\"}' WHERE scheme_id = ?").param(scheme)
                .update();

        CliRun failed = CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04", "schemeId=" + scheme,
                "--settle.settlement.unavailable-backoff=1ms");

        assertThat(failed.exitCode()).isEqualTo(5);
        Matcher restart = Pattern.compile("settle restart (\\d+)").matcher(failed.err());
        assertThat(restart.find()).as(failed.err()).isTrue();
        assertThat(failed.out()).contains("CLAIMED           1  10.00 EUR", "FAILED");
        jdbc.sql("UPDATE scheme SET settings = '{}' WHERE scheme_id = ?").param(scheme).update();

        CliRun restarted = CliRun.run(dataDir, "restart", restart.group(1));

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(jdbc.sql("SELECT state FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(String.class).single()).isEqualTo("ACCEPTED");
    }

    @Test
    void badJobsParametersAndDatesAreRefusedBeforeAnythingRuns() {
        assertThat(CliRun.run(dataDir, "run", "payrollJob", "businessDate=2031-03-04").exitCode()).isEqualTo(2);
        CliRun badDate = CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-02-30");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("businessDate '2031-02-30' is not a date");
        CliRun missing = CliRun.run(dataDir, "run", "settlementJob", "schemeId=" + scheme);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("needs businessDate=yyyy-MM-dd");
        assertThat(CliRun.run(dataDir, "run", "settlementJob", "businessDate=2031-03-04", "tenant=x").exitCode())
                .isEqualTo(2);
        CliRun neverRan = CliRun.run(dataDir, "rerun", "settlementJob", "--date", "2031-03-04", "--scheme", scheme);
        assertThat(neverRan.exitCode()).isEqualTo(1);
        assertThat(neverRan.err()).contains("has never run");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(Long.class).single()).isZero();
    }

    private void order(String orderRef, String ref, String settledBy) {
        TestOrders.order(orders, caller, orderRef, List.of(TestOrders.payout(ref, account, "10.00", settledBy, scheme)));
    }
}
