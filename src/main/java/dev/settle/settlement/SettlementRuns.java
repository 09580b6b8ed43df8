package dev.settle.settlement;

import dev.settle.execution.ExecutionStateException;
import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;

/**
 * Starts settlement runs the way an operator means them. {@link #run}: the run of a business date, started, or
 * restarted where it stopped when it failed; refused when it completed or is running. {@link #rerun}: after a
 * completed run, a new run of the same date (numbered 1, 2, …) that submits only what is due and was never
 * submitted, or was rejected for a retryable reason; what was submitted before is untouched.
 */
@Service
public class SettlementRuns {

    private static final int LAUNCH_ATTEMPTS = 5;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job settlementJob;
    private final SettlementReports reports;

    public SettlementRuns(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(SettlementJobs.JOB) Job settlementJob, SettlementReports reports) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.settlementJob = settlementJob;
        this.reports = reports;
    }

    /** Runs (or restarts) the settlement of a business date in this thread. */
    public JobExecution run(LocalDate businessDate, String schemeId) throws Exception {
        JobParameters parameters = parameters(businessDate, schemeId, 0);
        JobExecution last = jobRepository.getLastJobExecution(SettlementJobs.JOB, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            throw new ExecutionStateException(ExecutionStateException.Problem.COMPLETED, "The settlement of "
                    + describe(businessDate, schemeId) + " already COMPLETED (execution " + last.getId() + ", report "
                    + reports.file(businessDate, last.getId()) + "). To submit what became due since, run 'settle "
                    + "rerun settlementJob --date " + businessDate + optionOf(schemeId) + "'.");
        }
        refuseIfRunning(last);
        return start(parameters);
    }

    /** Runs the settlement of a business date again after its run completed, as the next rerun number. */
    public JobExecution rerun(LocalDate businessDate, String schemeId) throws Exception {
        long rerun = 0;
        JobExecution last;
        do {
            last = jobRepository.getLastJobExecution(SettlementJobs.JOB, parameters(businessDate, schemeId, rerun));
            if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
                refuseIfRunning(last);
                // The latest run or rerun of the date did not complete: finish that one first.
                return start(parameters(businessDate, schemeId, rerun));
            }
            rerun++;
        } while (last != null);
        if (rerun == 1) {
            throw new ExecutionStateException(ExecutionStateException.Problem.NOT_RUNNING, "The settlement of "
                    + describe(businessDate, schemeId) + " has never run; run it with 'settle run settlementJob "
                    + "businessDate=" + businessDate + (schemeId == null ? "" : " schemeId=" + schemeId) + "'.");
        }
        return start(parameters(businessDate, schemeId, rerun - 1));
    }

    /**
     * Starts the job. The job repository creates executions in serializable transactions, so two launches at the
     * same moment (two nodes, two dates) can fail one of them as a serialization conflict that nothing committed:
     * that launch is simply tried again, and then sees the other's execution.
     */
    private JobExecution start(JobParameters parameters) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return jobOperator.start(settlementJob, parameters);
            } catch (ConcurrencyFailureException e) {
                if (attempt >= LAUNCH_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(20, 200));
            }
        }
    }

    private static void refuseIfRunning(JobExecution last) {
        if (last != null && last.isRunning()) {
            throw new ExecutionStateException(ExecutionStateException.Problem.RUNNING, "Execution " + last.getId()
                    + " of this settlement is " + last.getStatus() + " since " + last.getStartTime() + ". If its "
                    + "process is gone (killed or crashed), run 'settle recover " + last.getId() + "', then 'settle "
                    + "restart " + last.getId() + "'.");
        }
    }

    /** The parameters of a run (rerun 0) or of a numbered rerun of a business date. */
    static JobParameters parameters(LocalDate businessDate, String schemeId, long rerun) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDate(SettlementJobs.BUSINESS_DATE, businessDate, true);
        if (schemeId != null) {
            parameters.addString(SettlementJobs.SCHEME_ID, schemeId, true);
        }
        if (rerun > 0) {
            parameters.addLong(SettlementJobs.RERUN, rerun, true);
        }
        return parameters.toJobParameters();
    }

    /** The report of an execution of the settlement job. */
    public SettlementReport report(JobExecution execution) {
        return reports.report(execution);
    }

    private static String describe(LocalDate businessDate, String schemeId) {
        return "business date " + businessDate + (schemeId == null ? "" : " for scheme " + schemeId);
    }

    private static String optionOf(String schemeId) {
        return schemeId == null ? "" : " --scheme " + schemeId;
    }
}
