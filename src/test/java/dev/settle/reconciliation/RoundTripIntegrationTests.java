package dev.settle.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.OrderService;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.reconciliation.simulator.SimulationResult;
import dev.settle.settlement.SettlementRuns;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole loop: the settlement job publishes pain.001 and pain.008 files, the bank simulator answers them with a
 * pain.002 and a camt.054, and the reconciliation applies those, in either order, to end exactly as the
 * simulator's rules say.
 */
@PostgresIntegrationTest
class RoundTripIntegrationTests {

    @Autowired
    ReconciliationRuns reconciliation;

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void filesAnsweredByTheBankEndAsItsRulesSay(boolean notificationFirst) throws Exception {
        Caller caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        UUID mandate = TestFixtures.mandate(jdbc, caller.tenantId(), "D-1", "MANDATE-1");
        String sct = TestFixtures.sepaCreditScheme(jdbc, caller.tenantId(), 100, dir.resolve("outbox"));
        String sdd = TestFixtures.sepaDebitScheme(jdbc, caller.tenantId(), 100, dir.resolve("outbox"));
        List<CreateInstructionRequest> instructions = new ArrayList<>();
        for (String amount : List.of("10.00", "10.13", "10.14", "10.31", "10.32")) {
            instructions.add(TestOrders.payout("P" + amount, account, amount, "2031-03-05", sct));
            instructions.add(new CreateInstructionRequest("D" + amount, "D-1", "DEBIT", mandate.toString(), amount,
                    "EUR", "DE", "2031-03-05", sdd, Map.of()));
        }
        TestOrders.order(orders, caller, "O1", instructions);
        runs.run(LocalDate.of(2031, 3, 4), sct);
        runs.run(LocalDate.of(2031, 3, 4), sdd);

        List<Path> answers = new ArrayList<>();
        try (Stream<Path> published = Files.list(dir.resolve("outbox"))) {
            for (Path file : published.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                SimulationResult result = new BankSimulator().simulate(file, dir.resolve("bank"), null);
                answers.add(notificationFirst ? result.notification() : result.statusReport());
                answers.add(notificationFirst ? result.statusReport() : result.notification());
            }
        }
        for (Path answer : answers) {
            ReconciliationResult result = reconciliation.reconcile(answer);
            assertThat(result.status()).as(answer.toString()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(result.exceptions()).as(answer + " " + result.outcomes()).isZero();
            result.totals().forEach(total -> assertThat(total.reported()).as(total.batchId())
                    .isLessThanOrEqualTo(total.submitted()));
        }

        assertThat(jdbc.sql("""
                SELECT i.instruction_ref || ' ' || i.status || ' ' || t.status || ' '
                    || COALESCE(i.failed_error_code, '-') || ' ' || t.net_amount
                    || ' ' || COALESCE((SELECT MIN(c.status) FROM chargeback c WHERE c.transaction_id = t.id), '-')
                FROM instruction i JOIN payment_transaction t ON t.instruction_id = i.id
                WHERE i.tenant_id = ? ORDER BY i.instruction_ref""").param(caller.tenantId()).query(String.class).list())
                .containsExactly(
                        "D10.00 COMPLETED COMPLETED - 10.000 -",
                        "D10.13 FAILED FAILED AM04 10.130 -",
                        "D10.14 FAILED FAILED AC04 10.140 -",
                        "D10.31 COMPLETED COMPLETED - 0.000 LOST",
                        "D10.32 FAILED RETURNED AM04 0.000 -",
                        "P10.00 COMPLETED COMPLETED - 10.000 -",
                        "P10.13 FAILED FAILED AM04 10.130 -",
                        "P10.14 FAILED FAILED AC04 10.140 -",
                        "P10.31 FAILED RETURNED AC04 0.000 -",
                        "P10.32 FAILED RETURNED AM04 0.000 -");
        // Booked on the requested dates: credit transfers on the day they were submitted, collections on theirs.
        assertThat(jdbc.sql("""
                SELECT DISTINCT i.direction || ' ' || i.actual_settlement_date FROM instruction i WHERE i.tenant_id = ?
                  AND i.status = 'COMPLETED' ORDER BY 1""").param(caller.tenantId()).query(String.class).list())
                .containsExactly("CREDIT 2031-03-04", "DEBIT 2031-03-05");
    }
}
