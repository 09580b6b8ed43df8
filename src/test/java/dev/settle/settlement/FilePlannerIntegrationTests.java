package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.CreateOrderRequest;
import dev.settle.order.OrderService;
import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.settlement.calendar.Target2Calendar;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class FilePlannerIntegrationTests {

    static final Target2Calendar TARGET2 = new Target2Calendar();

    @Autowired
    FilePlanner planner;

    @Autowired
    DueInstructionClaimer claimer;

    @Autowired
    SubmissionLedger ledger;

    @Autowired
    OrderService orders;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    Caller caller;
    SchemeConfig scheme;
    UUID instrument;
    LocalDate businessDate;

    @BeforeEach
    void schemeWithTenItemsPerFile() {
        IssuedApiKey key = TestTenants.create(admin);
        caller = new Caller(key.accountId(), key.tenantId(), key.publicKey(), Set.of(Caller.ROLE_ADMIN));
        TestFixtures.scheme(jdbc, key.tenantId(), "SEPA-CT-EUR", "CREDIT", "EUR");
        jdbc.sql("UPDATE scheme SET max_items_per_file = 10 WHERE tenant_id = ?").param(key.tenantId()).update();
        scheme = schemes.find(key.tenantId(), "SEPA-CT-EUR").orElseThrow();
        instrument = TestFixtures.instrument(jdbc, key.tenantId(), "C-1", true, false);
        businessDate = TARGET2.onOrAfter(LocalDate.now(ZoneOffset.UTC).plusDays(10));
    }

    @Test
    void claimedPaymentsAreSplitIntoFilesOnceAndMarkedWhenPublished() {
        create("O1", 25);
        List<ClaimedPayment> claimed = claimer.claim(scheme, businessDate, 1L, 100);

        List<PlannedFile> files = planner.plan(scheme, businessDate);

        assertThat(files).extracting(PlannedFile::payments).containsExactly(10L, 10L, 5L);
        assertThat(files).extracting(PlannedFile::controlSum).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("50.00"));
        long firstId = jdbc.sql("SELECT MIN(id) FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(Long.class).single();
        assertThat(files.get(0).batchId()).isEqualTo("F" + firstId);
        assertThat(planner.plan(scheme, businessDate)).as("planning again changes nothing").isEqualTo(files);

        assertThat(ledger.markSubmitted(files.get(0).batchId(), Instant.now())).isEqualTo(10);

        assertThat(planner.plan(scheme, businessDate)).containsExactly(files.get(1), files.get(2));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM payment_transaction t JOIN submission s ON s.transaction_id = t.id
                WHERE s.batch_id = ? AND t.app_batch_id = ? AND s.state = 'SUBMITTED'
                """).params(files.get(0).batchId(), files.get(0).batchId()).query(Long.class).single()).isEqualTo(10);
        assertThat(claimed).hasSize(25);
    }

    @Test
    void paymentsClaimedAfterPlanningGoIntoANewFileAndPlannedFilesKeepTheirContent() {
        create("O1", 12);
        claimer.claim(scheme, businessDate, 1L, 100);
        List<PlannedFile> first = planner.plan(scheme, businessDate);
        create("O2", 3);
        claimer.claim(scheme, businessDate, 2L, 100);

        List<PlannedFile> second = planner.plan(scheme, businessDate);

        assertThat(first).extracting(PlannedFile::payments).containsExactly(10L, 2L);
        assertThat(second).hasSize(3).startsWith(first.get(0), first.get(1));
        assertThat(second.get(2).payments()).isEqualTo(3);
    }

    private void create(String orderRef, int count) {
        LocalDate due = TARGET2.plusBusinessDays(businessDate, 1);
        List<CreateInstructionRequest> list = IntStream.range(0, count).mapToObj(i -> new CreateInstructionRequest(
                orderRef + "-" + i, "C-1", "CREDIT", instrument.toString(), "10.00", "EUR", "DE", due.toString(),
                "SEPA-CT-EUR", Map.of())).toList();
        orders.create(caller, new CreateOrderRequest(orderRef, list, Map.of(), Map.of()));
    }
}
