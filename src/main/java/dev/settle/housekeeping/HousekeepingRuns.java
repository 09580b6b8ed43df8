package dev.settle.housekeeping;

import java.time.LocalDate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Runs the housekeeping of a day once: a failed run of the day is restarted, a completed or running one left alone. */
@Service
public class HousekeepingRuns {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job housekeepingJob;

    public HousekeepingRuns(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(HousekeepingJobs.JOB) Job housekeepingJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.housekeepingJob = housekeepingJob;
    }

    /** Runs the housekeeping of {@code runDate} in this thread; answers what happened in one line. */
    public String run(LocalDate runDate) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addLocalDate(HousekeepingJobs.RUN_DATE, runDate, true)
                .toJobParameters();
        JobExecution last = jobRepository.getLastJobExecution(HousekeepingJobs.JOB, parameters);
        if (last != null && (last.getStatus() == BatchStatus.COMPLETED || last.isRunning())) {
            return "housekeeping of " + runDate + ": not started, execution " + last.getId() + " is "
                    + last.getStatus();
        }
        JobExecution execution = jobOperator.start(housekeepingJob, parameters);
        String summary = execution.getStepExecutions().stream().map(StepExecution::getExitStatus)
                .map(status -> status.getExitDescription()).filter(text -> !text.isBlank()).findFirst().orElse("");
        return "housekeeping of " + runDate + ": execution " + execution.getId() + " " + execution.getStatus()
                + (summary.isEmpty() ? "" : ", " + summary);
    }
}
