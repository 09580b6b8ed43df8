package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.OrderService;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestOrders;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly settlement schedule on a node that comes back after missed nights, with "now" from a fixed clock: every
 * missed business date is settled once, and no second fire for a date submits anything again.
 */
@PostgresIntegrationTest
class ScheduleCatchUpIntegrationTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    // Tuesday and Wednesday, TARGET2 business days; each instruction is due (lead time 1) on one of them.
    static final LocalDate FIRST = LocalDate.of(2034, 3, 7);
    static final LocalDate SECOND = LocalDate.of(2034, 3, 8);
    static final Instant STORED = night(FIRST.minusDays(20));

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    ScheduleFireLog fires;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    Caller caller;
    String scheme;

    @BeforeEach
    void dueOnEachDate() {
        caller = TestTenants.administrator(admin);
        UUID account = TestFixtures.instrument(jdbc, caller.tenantId(), "C-1", true, false);
        scheme = "SBX-" + UUID.randomUUID().toString().substring(0, 8);
        TestFixtures.scheme(jdbc, caller.tenantId(), scheme, "SANDBOX", "CREDIT", "EUR", 25, false, "{}");
        TestOrders.order(orders, caller, "O1", List.of(TestOrders.payout("DUE-FIRST", account, "10.00", "2034-03-08",
                scheme), TestOrders.payout("DUE-SECOND", account, "20.00", "2034-03-09", scheme)));
    }

    @Test
    void aNodeBackAfterTwoMissedNightsSettlesEachMissedBusinessDateOnce() {
        Schedule nightly = nightly("nightly-" + UUID.randomUUID());
        fires.take(nightly.name(), night(FIRST.minusDays(1)), "node-a", night(FIRST.minusDays(1)));
        Instant back = SECOND.atTime(9, 0).atZone(BRUSSELS).toInstant();

        // Quartz fires a misfired trigger once, as soon as the node is up: scheduled for now.
        List<Instant> launched = firing(back).fire(nightly, back, night(FIRST.minusDays(1)), STORED, "node-b");

        assertThat(launched).containsExactly(night(FIRST), night(SECOND));
        assertThat(submissions()).containsExactly(Map.of("instruction_ref", "DUE-FIRST", "business_date", FIRST),
                Map.of("instruction_ref", "DUE-SECOND", "business_date", SECOND));
        assertThat(fires.last(nightly.name()).orElseThrow().outcome()).startsWith("business date " + SECOND
                + ": execution ").endsWith(" COMPLETED");
    }

    @Test
    void aSecondTriggerForTheSameBusinessDateSubmitsNothingMore() {
        Instant onTime = night(SECOND);
        firing(onTime).fire(nightly("nightly-" + UUID.randomUUID()), onTime, night(FIRST), STORED, "node-a");
        Schedule copy = nightly("nightly-copy-" + UUID.randomUUID());

        List<Instant> launched = firing(onTime).fire(copy, onTime, night(FIRST), STORED, "node-b");

        assertThat(launched).containsExactly(onTime);
        assertThat(fires.last(copy.name()).orElseThrow().outcome()).contains("not started, COMPLETED");
        assertThat(submissions()).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("business_date", SECOND));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS p JOIN BATCH_JOB_EXECUTION e
                    ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'schemeId' AND p.PARAMETER_VALUE = ?""").param(scheme).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aNewScheduleDoesNotRunForNightsBeforeItWasStored() {
        Schedule nightly = nightly("nightly-" + UUID.randomUUID());
        Instant stored = night(FIRST).plusSeconds(60);
        Instant back = SECOND.atTime(9, 0).atZone(BRUSSELS).toInstant();

        assertThat(firing(back).fire(nightly, back, null, stored, "node-a")).containsExactly(night(SECOND));
    }

    @Test
    void aTimeTwoNodesFireIsLaunchedByOneAndCountedAsADuplicate() {
        Schedule nightly = nightly("nightly-" + UUID.randomUUID());
        Instant onTime = night(SECOND);
        assertThat(firing(onTime).fire(nightly, onTime, night(FIRST), STORED, "node-a")).containsExactly(onTime);

        assertThat(firing(onTime).fire(nightly, onTime, night(FIRST), STORED, "node-b")).isEmpty();

        assertThat(jdbc.sql("SELECT node, duplicate_fires FROM schedule_fire WHERE schedule_name = ?")
                .param(nightly.name()).query().singleRow()).containsEntry("node", "node-a")
                .containsEntry("duplicate_fires", 1);
    }

    private ScheduleFiring firing(Instant now) {
        return new ScheduleFiring(jobs, fires, new ScheduleProperties(Path.of("jobs"), 7), Clock.fixed(now, ZoneOffset.UTC));
    }

    private Schedule nightly(String name) {
        return new Schedule(name, "test", "settlementJob", "0 30 1 * * ?", BRUSSELS,
                Map.of("businessDate", "today", "schemeId", scheme), true, MisfirePolicy.CATCH_UP, "");
    }

    private List<Map<String, Object>> submissions() {
        return jdbc.sql("""
                SELECT i.instruction_ref, s.business_date FROM submission s JOIN instruction i ON i.id = s.instruction_id
                WHERE s.tenant_id = ? ORDER BY i.instruction_ref""").param(caller.tenantId()).query((rs, n) -> Map.<String,
                Object>of("instruction_ref", rs.getString(1), "business_date", rs.getObject(2, LocalDate.class))).list();
    }

    static Instant night(LocalDate date) {
        return date.atTime(1, 30).atZone(BRUSSELS).toInstant();
    }
}
