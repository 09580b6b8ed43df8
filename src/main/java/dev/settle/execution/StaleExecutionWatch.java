package dev.settle.execution;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In a server ({@code settle.executions.recover-stale=true}): recovers stale executions at start-up and then every
 * {@code settle.executions.stale-check-interval}, so a node that died mid-run is cleaned up by the next one to
 * start or by any node still running; with the {@code RESTART} policy the recovered execution is also restarted
 * here.
 */
@Component
class StaleExecutionWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutionWatch.class);

    private final StaleExecutions staleExecutions;
    private final ExecutionControl control;
    private final ExecutionProperties properties;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stale-execution-check");
        thread.setDaemon(true);
        return thread;
    });

    StaleExecutionWatch(StaleExecutions staleExecutions, ExecutionControl control, ExecutionProperties properties) {
        this.staleExecutions = staleExecutions;
        this.control = control;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWatching() {
        if (properties.recoverStale()) {
            checks.scheduleWithFixedDelay(this::check, 0, properties.staleCheckInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void check() {
        try {
            for (JobExecution recovered : staleExecutions.recoverAll()) {
                if (properties.stalePolicy() == ExecutionProperties.StalePolicy.RESTART) {
                    JobExecution restarted = control.restart(recovered.getId());
                    log.info("Restarted recovered execution {} of {} as execution {}: {}", recovered.getId(),
                            recovered.getJobInstance().getJobName(), restarted.getId(), restarted.getStatus());
                }
            }
        } catch (Exception e) {
            // The next check tries again.
            log.warn("Looking for stale executions failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
