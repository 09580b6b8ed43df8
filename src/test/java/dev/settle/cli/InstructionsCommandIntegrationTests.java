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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code settle instructions} as an operator runs it: filters, masked personal data, exit codes. */
@PostgresIntegrationTest
class InstructionsCommandIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    String dataDir = CliRun.newDataDir();
    Caller caller;
    String tenant;
    String scheme;

    @BeforeEach
    void tenantWithTwoOrders() {
        caller = TestTenants.administrator(admin);
        tenant = caller.tenantId().toString();
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 100, false, "{}");
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("P-1", account, "10.00", "2031-03-05", scheme),
                TestOrders.payout("P-2", account, "20.50", "2031-03-06", scheme)));
        TestOrders.order(orders, caller, "O2", List.of(TestOrders.payout("P-3", account, "30.00", "2031-03-05",
                scheme)));
    }

    @Test
    void listsATenantsInstructionsWithTheHolderAndAccountMasked() {
        CliRun table = CliRun.run(dataDir, "instructions", "--tenant", tenant);
        CliRun json = CliRun.run(dataDir, "instructions", "--tenant", tenant, "--json");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).startsWith("ID").containsPattern("O1\\s+P-1\\s+C-1\\s+CREDIT\\s+10.00 EUR\\s+2031-03-05\\s+"
                + scheme + "\\s+READY\\s+J. D.\\s+DE89\\*{8}3000");
        assertThat(table.out() + json.out()).doesNotContain("DE89370400440532013000", "Jane", "Doe");
        List<JsonNode> listed = JSON.readTree(json.out()).valueStream().toList();
        assertThat(listed).extracting(i -> i.get("instructionRef").asString()).containsExactly("P-1", "P-2", "P-3");
        assertThat(listed.get(1).get("amount").decimalValue()).isEqualByComparingTo("20.50");
        assertThat(listed.get(1).get("account").asString()).isEqualTo("DE89********3000");
        assertThat(listed.get(1).get("holder").asString()).isEqualTo("J. D.");
    }

    @Test
    void filtersByOrderDateSchemeStatusAndLimit() {
        assertThat(refs("--tenant", tenant, "--order", "O2")).containsExactly("P-3");
        assertThat(refs("--tenant", tenant, "--date", "2031-03-05")).containsExactly("P-1", "P-3");
        assertThat(refs("--scheme", scheme, "--status", "READY", "--limit", "2")).containsExactly("P-1", "P-2");
        assertThat(refs("--tenant", tenant, "--status", "CANCELLED")).isEmpty();
    }

    @Test
    void badOptionsExitWith2AndAnUnknownTenantWith1() {
        CliRun status = CliRun.run(dataDir, "instructions", "--status", "PAID");
        CliRun date = CliRun.run(dataDir, "instructions", "--date", "2031-02-30");
        CliRun limit = CliRun.run(dataDir, "instructions", "--limit", "0");
        CliRun unknown = CliRun.run(dataDir, "instructions", "--tenant", "nobody-" + UUID.randomUUID());

        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("--status", "PAID");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.err()).contains("--limit must be at least 1");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("settle instructions: No tenant");
    }

    private List<String> refs(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "instructions";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = "--json";
        CliRun run = CliRun.run(dataDir, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).valueStream().map(i -> i.get("instructionRef").asString()).toList();
    }
}
