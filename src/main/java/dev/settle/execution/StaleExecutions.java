package dev.settle.execution;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds executions marked running whose process died (see {@link StaleVerdict}) and recovers them: marks them
 * FAILED through {@link ExecutionControl#recover}, so the next run or a restart works without manual SQL.
 *
 * <p>Several nodes may look at the same moment; only one recovers an execution. The recovery locks the execution's
 * Spring Batch row and checks it is still running, and takes the owner row over only if it still holds the
 * heartbeat that was judged stale: the other node finds it recovered, or the owner's heartbeat moved on.
 */
@Service
public class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final ExecutionOwners owners;
    private final LocalExecutions local;
    private final ExecutionControl control;
    private final ExecutionProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public StaleExecutions(ExecutionOwners owners, LocalExecutions local, ExecutionControl control,
            ExecutionProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.owners = owners;
        this.local = local;
        this.control = control;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** An execution marked running, with the verdict on its process. */
    public record Judged(ExecutionOwners.Running execution, StaleVerdict verdict) {
    }

    /** Every execution marked running, judged. */
    public List<Judged> running() {
        return owners.running(null).stream().map(this::judge).toList();
    }

    /** The executions marked running whose process is gone. */
    public List<Judged> stale() {
        return running().stream().filter(judged -> judged.verdict().stale()).toList();
    }

    /** The execution judged, if it is marked running. */
    public Optional<Judged> judge(long executionId) {
        return owners.running(executionId).stream().findFirst().map(this::judge);
    }

    /**
     * Recovers one stale execution; empty when it is no longer stale or another node recovered it first.
     */
    public Optional<JobExecution> recover(Judged stale) {
        long id = stale.execution().executionId();
        JobExecution recovered = transaction.execute(status -> {
            if (owners.lockExecution(id) == null || owners.running(id).isEmpty()) {
                return null;
            }
            ExecutionOwners.Owner seen = stale.execution().owner();
            if (seen != null ? !owners.claim(id, seen) : !owners.running(id).get(0).equals(stale.execution())) {
                return null;
            }
            return control.recover(id);
        });
        if (recovered != null) {
            log.warn("Recovered execution {} of {} as {}: {}", id, stale.execution().jobName(), recovered.getStatus(),
                    stale.verdict().reason());
        }
        return Optional.ofNullable(recovered);
    }

    /** Recovers every stale execution; answers those this node recovered. */
    public List<JobExecution> recoverAll() {
        return stale().stream().map(this::recover).flatMap(Optional::stream).toList();
    }

    private Judged judge(ExecutionOwners.Running execution) {
        return new Judged(execution, StaleVerdict.of(execution, local.process(), local.runs(execution.executionId()),
                properties.staleAfter(), clock.instant()));
    }
}
