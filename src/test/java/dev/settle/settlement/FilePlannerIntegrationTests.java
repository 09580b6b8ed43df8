package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.OrderService;
import dev.settle.order.PaymentTransactionRepository;
import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SubmissionResult;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class FilePlannerIntegrationTests {

    @Autowired
    FilePlanner planner;

    @Autowired
    DueInstructionClaimer claimer;

    @Autowired
    OutcomeRecorder outcomes;

    @Autowired
    OrderService orders;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentTransactionRepository transactions;

    SettlementFixture fixture;
    Caller caller;
    SchemeConfig scheme;
    LocalDate businessDate;

    @BeforeEach
    void schemeWithTenItemsPerFile() {
        fixture = SettlementFixture.create(admin, jdbc, orders);
        caller = fixture.caller;
        businessDate = fixture.businessDate;
        jdbc.sql("UPDATE scheme SET max_items_per_file = 10 WHERE tenant_id = ?").param(caller.tenantId()).update();
        scheme = schemes.find(caller.tenantId(), "SEPA-CT-EUR").orElseThrow();
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

        assertThat(outcomes.record(files.get(0), "SEPA_SCT", SubmissionResult.wholeBatch(
                PaymentOutcome.Status.PENDING, "/outbox/" + files.get(0).batchId() + ".xml"), 1L, Instant.now()))
                .isEqualTo(10);

        assertThat(planner.plan(scheme, businessDate)).containsExactly(files.get(1), files.get(2));
        Map<String, Long> transactionBatches = jdbc.sql("SELECT instruction_id FROM submission WHERE tenant_id = ?")
                .param(caller.tenantId()).query(Long.class).list().stream()
                .map(id -> transactions.findLatest(id).orElseThrow().appBatchId())
                .collect(Collectors.groupingBy(String::valueOf, Collectors.counting()));
        assertThat(transactionBatches).as("a transaction shows its batch once the batch is submitted")
                .isEqualTo(Map.of(files.get(0).batchId(), 10L, "null", 15L));
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
        fixture.dueOrder(orderRef, count);
    }
}
