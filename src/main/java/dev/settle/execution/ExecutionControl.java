package dev.settle.execution;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/** Restarts failed executions and recovers executions a dead process left marked running. */
@Service
public class ExecutionControl {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public ExecutionControl(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
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
        return jobOperator.recover(execution);
    }

    /** Runs a failed or stopped execution again from its last committed chunk, in this thread. */
    public JobExecution restart(long executionId) throws Exception {
        JobExecution execution = find(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.COMPLETED, "Execution " + executionId
                    + " of " + execution.getJobInstance().getJobName() + " already COMPLETED; nothing to restart");
        }
        if (execution.isRunning()) {
            throw new ExecutionStateException(ExecutionStateException.Problem.RUNNING, "Execution " + executionId
                    + " is " + execution.getStatus() + ". If its process is gone (killed or crashed), run 'settle "
                    + "recover " + executionId + "' first.");
        }
        return jobOperator.restart(execution);
    }
}
