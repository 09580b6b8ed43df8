package dev.settle.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.OrderService;
import dev.settle.scheme.testonly.AcmePaySchemeWriter;
import dev.settle.settlement.SettlementRuns;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments whose outcome never came are looked up by key through their scheme's writer. */
@PostgresIntegrationTest
class UnresolvedOutcomesIntegrationTests {

    @Autowired
    UnresolvedOutcomes unresolved;

    @Autowired
    SettlementRuns runs;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKnownKeyTakesTheSchemesAnswerAndAKeyWithoutTraceIsSubmittedAgainByTheNextRun() throws Exception {
        Caller caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        String scheme = "ACME-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, AcmePaySchemeWriter.CODE, "CREDIT", "EUR", 100, false,
                "{}");
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("SENT", account, "10.00", "2031-03-05", scheme),
                TestOrders.payout("LOST", account, "20.00", "2031-03-05", scheme)));
        runs.run(LocalDate.of(2031, 3, 4), scheme);
        // As if the answers had been lost: one call reached the scheme, the other never did.
        jdbc.sql("UPDATE submission SET state = 'UNKNOWN' WHERE tenant_id = ?").param(caller.tenantId()).update();
        String lostKey = jdbc.sql("""
                SELECT s.payment_key FROM submission s JOIN instruction i ON i.id = s.instruction_id
                WHERE i.tenant_id = ? AND i.instruction_ref = 'LOST'""").param(caller.tenantId()).query(String.class)
                .single();
        jdbc.sql("UPDATE submission SET payment_key = ? WHERE payment_key = ?").params(lostKey + "0", lostKey).update();

        int resolved = unresolved.resolve(Duration.ofHours(1), 10_000);

        assertThat(resolved).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT i.instruction_ref || ' ' || i.status || ' ' || s.state || ' '
                    || CASE WHEN s.retryable THEN 'retryable' ELSE 'final' END FROM submission s
                JOIN instruction i ON i.id = s.instruction_id WHERE i.tenant_id = ? ORDER BY i.instruction_ref""")
                .param(caller.tenantId()).query(String.class).list())
                .containsExactly("LOST READY REJECTED retryable", "SENT PROCESSING ACCEPTED final");
    }
}
