package dev.settle.execution;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Whether an execution marked running was left behind by a dead process, and why. The owner is checked first, the
 * age only when nothing better is known: an execution of this process is alive while this process runs it; one of
 * another process on this host is alive while a process with its pid and start time exists; only for another host
 * does the heartbeat's age decide. An execution without an owner (killed before its listeners ran) is judged by
 * Spring Batch's last update of it.
 *
 * @param reason why the execution counts as stale, or why not
 */
public record StaleVerdict(boolean stale, String reason) {

    /** Judges one execution marked running, at {@code now}. */
    public static StaleVerdict of(ExecutionOwners.Running execution, ProcessIdentity self, boolean runsHere,
            Duration staleAfter, Instant now) {
        ExecutionOwners.Owner owner = execution.owner();
        if (owner == null) {
            Instant updated = execution.lastUpdated() == null ? Instant.EPOCH
                    : execution.lastUpdated().atZone(ZoneId.systemDefault()).toInstant();
            boolean old = updated.plus(staleAfter).isBefore(now);
            return new StaleVerdict(old, "no owning process recorded; last updated " + updated
                    + (old ? ", longer ago than " : ", within ") + staleAfter);
        }
        String process = "process " + owner.pid() + " on " + owner.host();
        if (owner.instanceId().equals(self.instanceId())) {
            return new StaleVerdict(!runsHere, runsHere ? "runs in this process"
                    : "owned by this process, which no longer runs it");
        }
        if (owner.host().equals(self.host())) {
            Boolean alive = ProcessIdentity.aliveOnThisHost(owner.pid(), owner.processStartedAt()).orElse(null);
            if (alive != null) {
                return new StaleVerdict(!alive, process + (alive ? " is running" : " is gone"));
            }
        }
        boolean silent = owner.heartbeatAt().plus(staleAfter).isBefore(now);
        return new StaleVerdict(silent, process + ": last heartbeat " + owner.heartbeatAt()
                + (silent ? ", longer ago than " : ", within ") + staleAfter);
    }
}
