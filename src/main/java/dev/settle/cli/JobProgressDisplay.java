package dev.settle.cli;

import dev.settle.execution.LocalExecutions;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Shows a job run by this process while it runs, on one line rewritten every second on a terminal: the job, its
 * execution, the step running, items read and written so far, and the time since it started. Nothing is shown
 * when the output is not a terminal (cron, pipes) or is JSON.
 */
final class JobProgressDisplay implements AutoCloseable {

    private static final Duration EVERY = Duration.ofSeconds(1);

    private final Supplier<List<JobExecution>> running;
    private final PrintWriter err;
    private final Thread poller;
    private volatile boolean done;
    private boolean shown;

    JobProgressDisplay(Supplier<List<JobExecution>> running, PrintWriter err) {
        this.running = running;
        this.err = err;
        poller = new Thread(this::run, "job-progress");
        poller.setDaemon(true);
        poller.start();
    }

    /** A display of the jobs this process runs when stderr is a terminal and the output is not JSON. */
    static AutoCloseable onTerminal(LocalExecutions executions, PrintWriter err, boolean json) {
        return System.console() == null || json ? () -> { } : new JobProgressDisplay(executions::executions, err);
    }

    private void run() {
        while (!done) {
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            try {
                running.get().stream().findFirst().map(JobProgressDisplay::line).ifPresent(this::show);
            } catch (RuntimeException e) {
                // The job's threads change the execution while it is read: show it at the next tick.
            }
        }
    }

    static String line(JobExecution execution) {
        List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
        String step = steps.stream().filter(s -> s.getStatus().isRunning()).map(StepExecution::getStepName)
                .reduce((first, second) -> second).orElse("-");
        long read = steps.stream().mapToLong(StepExecution::getReadCount).sum();
        long written = steps.stream().mapToLong(StepExecution::getWriteCount).sum();
        LocalDateTime start = execution.getStartTime();
        // Spring Batch stamps its times from the system clock in this zone: elapsed time is measured the same way.
        long seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toSeconds();
        return String.format("%s %d: %s, %d read, %d written, %d s", execution.getJobInstance().getJobName(),
                execution.getId(), step, read, written, seconds);
    }

    private synchronized void show(String line) {
        err.print("\r" + line + "   ");
        err.flush();
        shown = true;
    }

    @Override
    public void close() throws InterruptedException {
        done = true;
        poller.interrupt();
        poller.join(2000);
        synchronized (this) {
            if (shown) {
                err.println();
                err.flush();
            }
        }
    }
}
