package dev.settle.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class StaleVerdictTests {

    private static final Instant NOW = Instant.parse("2031-03-04T22:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(1);
    private final ProcessIdentity self = new ProcessIdentity("node-a", 100, NOW.minusSeconds(3600), "self");

    @Test
    void anotherHostsExecutionIsStaleOnlyOnceItsHeartbeatIsOlderThanTheGrace() {
        assertThat(verdict(owner("node-b", "other", NOW.minusSeconds(59)), false).stale()).isFalse();
        StaleVerdict silent = verdict(owner("node-b", "other", NOW.minusSeconds(61)), false);
        assertThat(silent.stale()).isTrue();
        assertThat(silent.reason()).contains("process 7 on node-b: last heartbeat 2031-03-04T21:58:59Z");
    }

    @Test
    void thisProcessesExecutionIsStaleOnlyWhenItNoLongerRunsIt() {
        ExecutionOwners.Owner mine = owner("node-a", "self", NOW.minusSeconds(3600));
        assertThat(verdict(mine, true).stale()).isFalse();
        assertThat(verdict(mine, false).stale()).isTrue();
    }

    @Test
    void anExecutionWithoutOwnerIsJudgedByItsLastUpdate() {
        LocalDateTime recent = LocalDateTime.ofInstant(NOW.minusSeconds(30), ZoneId.systemDefault());
        LocalDateTime old = LocalDateTime.ofInstant(NOW.minusSeconds(300), ZoneId.systemDefault());
        assertThat(StaleVerdict.of(running(null, recent), self, false, GRACE, NOW).stale()).isFalse();
        StaleVerdict stale = StaleVerdict.of(running(null, old), self, false, GRACE, NOW);
        assertThat(stale.stale()).isTrue();
        assertThat(stale.reason()).startsWith("no owning process recorded");
    }

    private StaleVerdict verdict(ExecutionOwners.Owner owner, boolean runsHere) {
        return StaleVerdict.of(running(owner, LocalDateTime.now()), self, runsHere, GRACE, NOW);
    }

    private static ExecutionOwners.Running running(ExecutionOwners.Owner owner, LocalDateTime lastUpdated) {
        return new ExecutionOwners.Running(1, "settlementJob", BatchStatus.STARTED, lastUpdated, owner);
    }

    private static ExecutionOwners.Owner owner(String host, String instance, Instant heartbeat) {
        return new ExecutionOwners.Owner(host, 7, null, instance, heartbeat);
    }
}
