package dev.settle.execution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How running job executions are watched ({@code settle.executions.*}).
 *
 * @param heartbeatInterval how often a process records that its running executions are alive
 * @param staleAfter how old the heartbeat of an execution owned by a process on another host may get before the
 *     execution counts as left behind by a dead process; also how long an execution marked running without any
 *     owner may go without an update. Several heartbeat intervals, and more than the clock skew between nodes
 * @param stalePolicy what the server does with a stale execution it finds: {@code FAIL} marks it FAILED so it can
 *     be restarted; {@code RESTART} also restarts it
 * @param staleCheckInterval how often a server looks for stale executions (it also looks at start-up)
 * @param shutdownWait how long a stopping process (SIGTERM) waits for its running jobs to reach a chunk boundary
 *     and end STOPPED
 * @param recoverStale whether this process looks for stale executions and recovers them: {@code settle server}
 *     turns it on; operator commands do it only when asked ({@code settle recover --stale})
 */
@ConfigurationProperties("settle.executions")
public record ExecutionProperties(
        @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("1m") Duration staleAfter,
        @DefaultValue("FAIL") StalePolicy stalePolicy,
        @DefaultValue("1m") Duration staleCheckInterval,
        @DefaultValue("30s") Duration shutdownWait,
        @DefaultValue("false") boolean recoverStale) {

    /** What becomes of a stale execution a server finds. */
    public enum StalePolicy {
        FAIL, RESTART
    }

    public ExecutionProperties {
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("settle.executions.heartbeat-interval must be positive, got "
                    + heartbeatInterval);
        }
        if (staleAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("settle.executions.stale-after (" + staleAfter + ") must be at least "
                    + "twice settle.executions.heartbeat-interval (" + heartbeatInterval + ")");
        }
        if (staleCheckInterval.isNegative() || staleCheckInterval.isZero()) {
            throw new IllegalArgumentException("settle.executions.stale-check-interval must be positive, got "
                    + staleCheckInterval);
        }
        if (shutdownWait.isNegative()) {
            throw new IllegalArgumentException("settle.executions.shutdown-wait must not be negative, got "
                    + shutdownWait);
        }
    }
}
