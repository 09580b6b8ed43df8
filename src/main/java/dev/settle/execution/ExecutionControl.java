package dev.settle.execution;

import java.time.Clock;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Restarts failed executions, stops and abandons executions, and recovers executions a dead process left marked
 * running.
 */
@Service
public class ExecutionControl {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final ExecutionOwners owners;
    private final LocalExecutions local;
    private final ExecutionProperties properties;
    private final Clock clock;

    public ExecutionControl(JobOperator jobOperator, JobRepository jobRepository, ExecutionOwners owners,
            LocalExecutions local, ExecutionProperties properties, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.owners = owners;
        this.local = local;
        this.properties = properties;
        this.clock = clock;
    }

    public JobExecution find(long executionId) {
        JobExecution execution = findOrNull(jobRepository, executionId);
        if (execution == null) {
            throw new IllegalArgumentException("No job execution " + executionId);
        }
        return execution;
    }

    /** The execution, or null: the JDBC job repository throws for an unknown id instead of answering null. */
    public static JobExecution findOrNull(JobRepository jobRepository, long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    /**
     * Marks an execution that a killed or crashed process left {@code STARTED} (or {@code STOPPING}) as failed, so
     * it can be restarted. Only for an execution whose process is gone: a live one would carry on regardless.
     */
    public JobExecution recover(long executionId) {
        JobExecution execution = find(executionId);
        if (!execution.isRunning()) {
            throw new ExecutionStateException(ExecutionStateException.Problem.NOT_RUNNING, "Execution " + executionId
                    + " is " + execution.getStatus() + "; only an execution marked running needs recovering");
        }
        JobExecution recovered = jobOperator.recover(execution);
        owners.release(executionId);
        return recovered;
    }

    /**
     * Asks a running execution to stop: it is marked {@code STOPPING} and the process running it, this one or
     * another, ends it {@code STOPPED} at its next chunk boundary. Answers the execution as it is now.
     */
    public JobExecution stop(long executionId) {
        JobExecution execution = find(executionId);
        refuseCompleted(execution, "stop");
        if (!execution.isRunning()) {
            throw new ExecutionStateException(ExecutionStateException.Problem.NOT_RUNNING, "Execution " + executionId
                    + " is " + execution.getStatus() + "; only a running execution can be stopped");
        }
        try {
            jobOperator.stop(execution);
        } catch (JobExecutionNotRunningException alreadyStopping) {
            // STOPPING already: asking again changes nothing.
        }
        return find(executionId);
    }

    /**
     * Marks a stopped or failed execution {@code ABANDONED}: it will never be restarted, and the next launch with
     * its parameters starts afresh where the job allows it.
     */
    public JobExecution abandon(long executionId) {
        JobExecution execution = find(executionId);
        refuseCompleted(execution, "abandon");
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.ABANDONED, "Execution " + executionId
                    + " is already ABANDONED");
        }
        if (execution.getStatus() == BatchStatus.STARTING || execution.getStatus() == BatchStatus.STARTED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.RUNNING, "Execution " + executionId
                    + " is " + execution.getStatus() + ". Stop it first ('settle stop " + executionId + "'), or, "
                    + "if its process is gone, 'settle recover " + executionId + "'.");
        }
        try {
            return jobOperator.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new ExecutionStateException(ExecutionStateException.Problem.RUNNING, e.getMessage());
        }
    }

    /**
     * A stopped execution is saved {@code STOPPED} at once, while its process still finishes the chunk in hand; the
     * owner row goes only when the job has ended there. A restart before that would run the job twice at once.
     */
    private void refuseWhileItsProcessHoldsIt(JobExecution execution) {
        Optional<ExecutionOwners.Owner> owner = owners.owner(execution.getId());
        if (owner.isEmpty()) {
            return;
        }
        StaleVerdict verdict = StaleVerdict.of(new ExecutionOwners.Running(execution.getId(),
                execution.getJobInstance().getJobName(), execution.getStatus(), execution.getLastUpdated(),
                owner.get()), local.process(), local.runs(execution.getId()), properties.staleAfter(), clock.instant());
        if (!verdict.stale()) {
            throw new ExecutionStateException(ExecutionStateException.Problem.RUNNING, "Execution " + execution.getId()
                    + " is " + execution.getStatus() + " but its process has not let it go yet (" + verdict.reason()
                    + "): it ends at its next chunk boundary. Restart it once it has.");
        }
        owners.release(execution.getId());
    }

    private static void refuseCompleted(JobExecution execution, String action) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.COMPLETED, "Execution "
                    + execution.getId() + " of " + execution.getJobInstance().getJobName()
                    + " already COMPLETED; nothing to " + action);
        }
    }

    /** Runs a failed or stopped execution again from its last committed chunk, in this thread. */
    public JobExecution restart(long executionId) throws Exception {
        JobExecution execution = find(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.COMPLETED, "Execution " + executionId
                    + " of " + execution.getJobInstance().getJobName() + " already COMPLETED; nothing to restart");
        }
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.ABANDONED, "Execution " + executionId
                    + " of " + execution.getJobInstance().getJobName() + " was ABANDONED; it cannot be restarted");
        }
        if (execution.isRunning()) {
            throw new ExecutionStateException(ExecutionStateException.Problem.RUNNING, "Execution " + executionId
                    + " is " + execution.getStatus() + ". If its process is gone (killed or crashed), run 'settle "
                    + "recover " + executionId + "' first.");
        }
        refuseWhileItsProcessHoldsIt(execution);
        return jobOperator.restart(execution);
    }
}
