package dev.settle.execution;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The executions this process runs. Registered with every job (see {@link JobListenerRegistrar}): a starting job
 * records this process as its owner, a thread renews the heartbeat of every owned execution while it runs, and the
 * owner row goes when the job ends. What is left behind after a crash is what {@link StaleExecutions} looks for.
 */
@Component
public class LocalExecutions implements JobExecutionListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalExecutions.class);

    private final ExecutionOwners owners;
    private final ProcessIdentity process;
    private final Clock clock;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    public LocalExecutions(ExecutionOwners owners, ProcessIdentity process, Clock clock,
            ExecutionProperties properties) {
        this.owners = owners;
        this.process = process;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "execution-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        owners.register(execution.getId(), execution.getJobInstance().getJobName(), process, clock.instant());
        running.put(execution.getId(), new Running(execution, new CountDownLatch(1)));
    }

    @Override
    public void afterJob(JobExecution execution) {
        Running ended = running.remove(execution.getId());
        try {
            owners.release(execution.getId());
        } finally {
            if (ended != null) {
                ended.ended().countDown();
            }
        }
    }

    /** Whether this process runs the execution now. */
    public boolean runs(long executionId) {
        return running.containsKey(executionId);
    }

    /** The executions this process runs now. */
    public List<JobExecution> executions() {
        return running.values().stream().map(Running::execution).toList();
    }

    /**
     * Waits until the execution ended (its final status saved); false when it still runs at the deadline, a
     * {@link System#nanoTime()} value: a wait, unlike a business decision, is measured in elapsed time.
     */
    boolean awaitEnd(long executionId, long deadlineNanos) throws InterruptedException {
        Running execution = running.get(executionId);
        if (execution == null) {
            return true;
        }
        return execution.ended().await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** This process, as recorded in the owner rows. */
    public ProcessIdentity process() {
        return process;
    }

    private void beat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            int renewed = owners.heartbeat(process, clock.instant());
            if (renewed < running.size()) {
                log.warn("Only {} of the {} executions this process runs still name it as their owner: another node "
                        + "judged the rest stale and recovered them ({})", renewed, running.size(), running.keySet());
            }
        } catch (RuntimeException e) {
            // The next beat tries again; a run of failures only matters once it exceeds settle.executions.stale-after.
            log.warn("Could not renew the heartbeat of executions {}: {}", running.keySet(), e.getMessage());
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }

    private record Running(JobExecution execution, CountDownLatch ended) {
    }
}
