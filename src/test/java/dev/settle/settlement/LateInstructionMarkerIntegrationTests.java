package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.order.OrderService;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.tenancy.TenantAdministration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class LateInstructionMarkerIntegrationTests {

    @Autowired
    LateInstructionMarker marker;

    @Autowired
    DueInstructionClaimer claimer;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    OrderService orders;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    SettlementFixture fixture;
    SettlementFixture otherTenant;
    LocalDate passed;
    LocalDate later;

    @BeforeEach
    void instructions() {
        fixture = SettlementFixture.create(admin, jdbc, orders);
        otherTenant = SettlementFixture.create(admin, jdbc, orders);
        passed = fixture.businessDate.minusDays(2);
        later = fixture.businessDate.plusDays(10);
        fixture.order("O1", List.of(fixture.instruction("PASSED-READY", passed, "SEPA-CT-EUR", "1.00", true),
                fixture.instruction("PASSED-INCOMPLETE", passed, "SEPA-CT-EUR", "1.00", false),
                fixture.instruction("NOT-YET", later, "SEPA-CT-EUR", "1.00", true),
                fixture.instruction("PASSED-SUBMITTED", passed, "SEPA-CT-EUR", "1.00", true),
                fixture.instruction("PASSED-CANCELLED", passed, "SEPA-CT-EUR", "1.00", true)));
        jdbc.sql("UPDATE instruction SET status = 'PROCESSING' WHERE tenant_id = ? AND instruction_ref = 'PASSED-SUBMITTED'")
                .param(fixture.caller.tenantId()).update();
        jdbc.sql("UPDATE instruction SET status = 'CANCELLED' WHERE tenant_id = ? AND instruction_ref = 'PASSED-CANCELLED'")
                .param(fixture.caller.tenantId()).update();
        otherTenant.order("O1", List.of(otherTenant.instruction("THEIRS", passed, "SEPA-CT-EUR", "1.00", true)));
    }

    @Test
    void instructionsWhoseSettledByDatePassedUnsubmittedBecomeLateWithAHistoryLine() {
        int marked = marker.markChunk(fixture.caller.tenantId(), null, fixture.businessDate, 9L, 100);

        assertThat(marked).isEqualTo(2);
        assertThat(statuses(fixture)).containsEntry("PASSED-READY", "LATE").containsEntry("PASSED-INCOMPLETE", "LATE")
                .containsEntry("NOT-YET", "READY").containsEntry("PASSED-SUBMITTED", "PROCESSING")
                .containsEntry("PASSED-CANCELLED", "CANCELLED");
        assertThat(statuses(otherTenant)).containsEntry("THEIRS", "READY");
        assertThat(jdbc.sql("""
                SELECT h.from_status || '>' || h.to_status || ' ' || h.reason FROM instruction_status_history h
                JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ? AND i.instruction_ref = 'PASSED-READY' AND h.cause = 'SETTLEMENT_RUN'
                """).param(fixture.caller.tenantId()).query(String.class).single())
                .isEqualTo("READY>LATE settledByDate " + passed + " passed before submission");
        assertThat(marker.markChunk(fixture.caller.tenantId(), null, fixture.businessDate, 10L, 100)).isZero();
    }

    @Test
    void lateInstructionsAreMarkedInChunksAndClaimedOnlyWhereTheSchemeAllowsLateSubmission() {
        assertThat(marker.markChunk(fixture.caller.tenantId(), null, fixture.businessDate, 1L, 1)).isEqualTo(1);
        assertThat(marker.markChunk(fixture.caller.tenantId(), null, fixture.businessDate, 1L, 1)).isEqualTo(1);
        assertThat(marker.markChunk(fixture.caller.tenantId(), null, fixture.businessDate, 1L, 1)).isZero();

        var strict = schemes.find(fixture.caller.tenantId(), "SEPA-CT-EUR").orElseThrow();
        assertThat(claimer.claim(strict, fixture.businessDate, 1L, 100)).isEmpty();

        jdbc.sql("UPDATE scheme SET late_submission_allowed = TRUE WHERE tenant_id = ?").param(fixture.caller.tenantId())
                .update();
        var lenient = schemes.find(fixture.caller.tenantId(), "SEPA-CT-EUR").orElseThrow();
        assertThat(claimer.claim(lenient, fixture.businessDate, 2L, 100)).extracting(ClaimedPayment::instructionRef)
                .containsExactly("PASSED-READY");
    }

    private Map<String, String> statuses(SettlementFixture of) {
        Map<String, String> statuses = new java.util.HashMap<>();
        jdbc.sql("SELECT instruction_ref, status FROM instruction WHERE tenant_id = ?").param(of.caller.tenantId())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> statuses.put(e.getKey(), e.getValue()));
        return statuses;
    }
}
