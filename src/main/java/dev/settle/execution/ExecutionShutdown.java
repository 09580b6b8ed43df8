package dev.settle.execution;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Stops this process's running jobs when it shuts down (SIGTERM, Ctrl-C, the end of the context): each is asked to
 * stop through {@link JobOperator#stop}, ends at its next chunk boundary as {@code STOPPED}, and can be restarted.
 *
 * <p>This does what Spring Batch's {@code JobExecutionShutdownHook} does, from the context's shutdown rather than
 * from a JVM hook of its own: the JVM runs its hooks at the same time, so such a hook races Spring closing the
 * data source the stopping job still needs, and it returns without waiting for the job to reach its boundary.
 * Here the context is stopped first (this is the first phase to stop) and waits, up to
 * {@code settle.executions.shutdown-wait}, for the jobs' final status to be saved.
 */
@Component
class ExecutionShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExecutionShutdown.class);
    private static final int STOP_ATTEMPTS = 5;

    private final LocalExecutions local;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final ExecutionProperties properties;
    private volatile boolean running;

    ExecutionShutdown(LocalExecutions local, JobOperator jobOperator, JobRepository jobRepository,
            ExecutionProperties properties) {
        this.local = local;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List<JobExecution> executions = local.executions();
        if (executions.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + properties.shutdownWait().toNanos();
        executions.forEach(execution -> stop(execution.getId()));
        for (JobExecution execution : executions) {
            try {
                if (!local.awaitEnd(execution.getId(), deadline)) {
                    log.warn("Execution {} of {} did not reach a chunk boundary within {}; it stays marked running "
                            + "until it is recovered as stale", execution.getId(),
                            execution.getJobInstance().getJobName(), properties.shutdownWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stop(long executionId) {
        for (int attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
            // A copy of its own: the job's threads keep updating the execution they hold.
            JobExecution execution = ExecutionControl.findOrNull(jobRepository, executionId);
            try {
                if (execution == null || !execution.isRunning()) {
                    return;
                }
                log.info("Shutting down: stopping execution {} of {} at its next chunk boundary", executionId,
                        execution.getJobInstance().getJobName());
                jobOperator.stop(execution);
                return;
            } catch (JobExecutionNotRunningException e) {
                return;
            } catch (OptimisticLockingFailureException e) {
                // The job saved the execution at the same moment: read it again and ask again.
            } catch (RuntimeException e) {
                log.warn("Could not stop execution {} on shutdown: {}", executionId, e.getMessage());
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
