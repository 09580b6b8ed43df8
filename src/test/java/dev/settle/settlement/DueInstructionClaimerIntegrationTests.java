package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.CreateInstructionRequest;
import dev.settle.order.InstructionService;
import dev.settle.order.OrderService;
import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.settlement.calendar.Target2Calendar;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.system.error.ApiException;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class DueInstructionClaimerIntegrationTests {

    static final dev.settle.settlement.calendar.Target2Calendar TARGET2 = SettlementFixture.TARGET2;

    @Autowired
    DueInstructionClaimer claimer;

    @Autowired
    OrderService orders;

    @Autowired
    SubmissionLedger ledger;

    @Autowired
    dev.settle.settlement.calendar.BusinessCalendars calendars;

    @Autowired
    InstructionService instructions;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    SettlementFixture fixture;
    Caller caller;
    SchemeConfig scheme;
    LocalDate businessDate;

    @BeforeEach
    void tenantWithSchemeAndInstrument() {
        fixture = SettlementFixture.create(admin, jdbc, orders);
        caller = fixture.caller;
        businessDate = fixture.businessDate;
        TestFixtures.scheme(jdbc, caller.tenantId(), "OTHER", "CREDIT", "EUR");
        scheme = schemes.find(caller.tenantId(), "SEPA-CT-EUR").orElseThrow();
    }

    @Test
    void claimsOnlyDueReadyInstructionsOfTheSchemeAndRecordsEachClaim() {
        LocalDate due = TARGET2.plusBusinessDays(businessDate, 1);
        createOrder("O1", List.of(instruction("DUE-1", due, "SEPA-CT-EUR", true), instruction("DUE-2", due.minusDays(1),
                "SEPA-CT-EUR", true), instruction("LATER", TARGET2.plusBusinessDays(businessDate, 2), "SEPA-CT-EUR", true),
                instruction("NO-FI", due, "SEPA-CT-EUR", false), instruction("OTHER-SCHEME", due, "OTHER", true)));

        List<ClaimedPayment> claimed = claimer.claim(scheme, businessDate, 77L, 100);

        assertThat(claimed).extracting(ClaimedPayment::instructionRef).containsExactlyInAnyOrder("DUE-1", "DUE-2");
        ClaimedPayment first = claimed.get(0);
        assertThat(first.paymentKey()).isEqualTo("S" + first.instructionId() + "-1");
        assertThat(first.amount()).isEqualByComparingTo("10.00").hasScaleOf(2);
        Map<String, Object> row = jdbc.sql("""
                SELECT i.status, i.forecasted_settlement_date, t.status AS tx_status, t.app_id, t.app_transaction_id,
                    s.state, s.attempt, s.claimed_by_execution, s.business_date
                FROM instruction i JOIN payment_transaction t ON t.instruction_id = i.id
                JOIN submission s ON s.transaction_id = t.id WHERE i.id = ?
                """).param(first.instructionId()).query().singleRow();
        assertThat(row).containsEntry("status", "PROCESSING").containsEntry("tx_status", "PROCESSING")
                .containsEntry("app_id", "SANDBOX").containsEntry("app_transaction_id", first.paymentKey())
                .containsEntry("state", "CLAIMED").containsEntry("attempt", 1).containsEntry("claimed_by_execution", 77L);
        assertThat(row.get("forecasted_settlement_date").toString()).isEqualTo(TARGET2.plusBusinessDays(businessDate, 1)
                .toString());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM instruction_status_history
                WHERE instruction_id = ? AND from_status = 'READY' AND to_status = 'PROCESSING' AND cause = 'SETTLEMENT_RUN'
                """).param(first.instructionId()).query(Long.class).single()).isEqualTo(1);
        assertThat(claimer.claim(scheme, businessDate, 78L, 100)).as("nothing claimed twice").isEmpty();
    }

    @Test
    void aClaimAfterTheCutOffIsProcessedTheNextBusinessDaySoItsForecastMovesWithIt() {
        createOrder("O1", List.of(instruction("DUE", TARGET2.plusBusinessDays(businessDate, 1), "SEPA-CT-EUR", true)));
        // The scheme's cut-off is 14:00 in Brussels; one minute later the day's submissions are processed tomorrow.
        Clock afterCutOff = Clock.fixed(businessDate.atTime(14, 1).atZone(ZoneId.of("Europe/Brussels")).toInstant(),
                ZoneOffset.UTC);
        DueInstructionClaimer lateClaimer = new DueInstructionClaimer(ledger, calendars, afterCutOff);

        ClaimedPayment claimed = lateClaimer.claim(scheme, businessDate, 79L, 10).get(0);

        LocalDate processedOn = TARGET2.plusBusinessDays(businessDate, 1);
        assertThat(claimed.executionDate()).isEqualTo(processedOn);
        assertThat(jdbc.sql("SELECT forecasted_settlement_date FROM instruction WHERE id = ?")
                .param(claimed.instructionId()).query(LocalDate.class).single())
                .isEqualTo(TARGET2.plusBusinessDays(processedOn, 1));
    }

    @Test
    void twoConcurrentRunsClaimDisjointSetsThatTogetherCoverEverything() throws Exception {
        LocalDate due = TARGET2.plusBusinessDays(businessDate, 1);
        List<CreateInstructionRequest> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(instruction("M-" + i, due, "SEPA-CT-EUR", true));
        }
        createOrder("MANY", many);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService runs = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> results = new ArrayList<>();
        for (long execution = 1; execution <= 2; execution++) {
            long id = execution;
            results.add(runs.submit(() -> {
                start.await();
                List<String> keys = new ArrayList<>();
                for (List<ClaimedPayment> chunk = claimer.claim(scheme, businessDate, id, 25); !chunk.isEmpty();
                        chunk = claimer.claim(scheme, businessDate, id, 25)) {
                    chunk.forEach(c -> keys.add(c.paymentKey()));
                }
                return keys;
            }));
        }
        List<String> first = results.get(0).get();
        List<String> second = results.get(1).get();
        runs.shutdown();

        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(first.size() + second.size()).isEqualTo(300);
        assertThat(all).hasSize(300);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE tenant_id = ?").param(caller.tenantId())
                .query(Long.class).single()).isEqualTo(300);
    }

    @Test
    void aCancelRacingTheClaimEitherWinsOrIsRefusedNeverBoth() throws Exception {
        LocalDate due = TARGET2.plusBusinessDays(businessDate, 1);
        List<CreateInstructionRequest> racing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            racing.add(instruction("R-" + i, due, "SEPA-CT-EUR", true));
        }
        createOrder("RACE", racing);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Set<String>> cancelledByApi = pool.submit(() -> {
            start.await();
            Set<String> cancelled = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                try {
                    instructions.cancel(caller, "RACE", "R-" + i, "race");
                    cancelled.add("R-" + i);
                } catch (ApiException refused) {
                    assertThat(refused.status().value()).isEqualTo(409);
                }
            }
            return cancelled;
        });
        Future<Set<String>> claimedByRun = pool.submit(() -> {
            start.await();
            Set<String> claimed = new HashSet<>();
            for (int round = 0; round < 40; round++) {
                claimer.claim(scheme, businessDate, 1L, 3).forEach(c -> claimed.add(c.instructionRef()));
            }
            return claimed;
        });
        Set<String> cancelled = cancelledByApi.get();
        Set<String> claimed = claimedByRun.get();
        pool.shutdown();

        assertThat(cancelled).doesNotContainAnyElementsOf(claimed);
        for (int i = 0; i < 40; i++) {
            String ref = "R-" + i;
            Map<String, Object> row = jdbc.sql("""
                    SELECT i.status, (SELECT COUNT(*) FROM submission s WHERE s.instruction_id = i.id) AS submissions
                    FROM instruction i JOIN orders o ON o.id = i.order_id
                    WHERE i.tenant_id = ? AND o.order_ref = 'RACE' AND i.instruction_ref = ?
                    """).params(caller.tenantId(), ref).query().singleRow();
            long submissions = ((Number) row.get("submissions")).longValue();
            if (cancelled.contains(ref)) {
                assertThat(row.get("status")).as(ref).isEqualTo("CANCELLED");
                assertThat(submissions).as(ref).isZero();
            } else if (claimed.contains(ref)) {
                assertThat(row.get("status")).as(ref).isEqualTo("PROCESSING");
                assertThat(submissions).as(ref).isEqualTo(1);
            }
        }
    }

    @Test
    void aClaimWalkingForwardPassesRowsAnotherTransactionHoldsAndAClaimFromTheStartTakesThemOnceReleased()
            throws Exception {
        fixture.dueOrder("HELD", 6);
        long held = jdbc.sql("""
                SELECT i.id FROM instruction i JOIN orders o ON o.id = i.order_id
                WHERE i.tenant_id = ? AND o.order_ref = 'HELD' AND i.instruction_ref = 'HELD-2'
                """).param(caller.tenantId()).query(Long.class).single();
        List<ClaimedPayment> walked = new ArrayList<>();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM instruction WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, held);
                lock.executeQuery().close();
            }
            for (List<ClaimedPayment> chunk = claimer.claim(scheme, businessDate, 1L, 2, 0); !chunk.isEmpty();
                    chunk = claimer.claim(scheme, businessDate, 1L, 2, chunk.get(chunk.size() - 1).instructionId())) {
                walked.addAll(chunk);
            }
            other.rollback();
        }

        List<ClaimedPayment> onwards = claimer.claim(scheme, businessDate, 1L, 2,
                walked.get(walked.size() - 1).instructionId());
        List<ClaimedPayment> fromTheStart = claimer.claim(scheme, businessDate, 1L, 2, 0);

        assertThat(onwards).as("released, but behind the claim").isEmpty();
        assertThat(walked).extracting(ClaimedPayment::instructionRef)
                .containsExactly("HELD-0", "HELD-1", "HELD-3", "HELD-4", "HELD-5");
        assertThat(fromTheStart).extracting(ClaimedPayment::instructionId).containsExactly(held);
        assertThat(claimer.claim(scheme, businessDate, 1L, 2, 0)).isEmpty();
    }

    private void createOrder(String orderRef, List<CreateInstructionRequest> list) {
        fixture.order(orderRef, list);
    }

    private CreateInstructionRequest instruction(String ref, LocalDate settledBy, String schemeId, boolean withInstrument) {
        return fixture.instruction(ref, settledBy, schemeId, "10.00", withInstrument);
    }
}
