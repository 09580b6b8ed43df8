package dev.settle.scheduling;

import dev.settle.execution.ExecutionStateException;
import dev.settle.settlement.SettlementJobs;
import dev.settle.settlement.SettlementRuns;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * {@code settlementJob} on a schedule: the run of the business date, as {@code settle run} starts it. A second fire
 * for the same date finds the date's job instance completed (or running) and does nothing.
 */
@Component
class SettlementScheduledJob implements ScheduledJob {

    private final SettlementRuns runs;

    SettlementScheduledJob(SettlementRuns runs) {
        this.runs = runs;
    }

    @Override
    public String job() {
        return SettlementJobs.JOB;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.requiredDate(SettlementJobs.BUSINESS_DATE), Parameter.optional(SettlementJobs.SCHEME_ID));
    }

    @Override
    public String launch(Map<String, String> values) throws Exception {
        LocalDate businessDate = LocalDate.parse(values.get(SettlementJobs.BUSINESS_DATE));
        try {
            JobExecution execution = runs.run(businessDate, values.get(SettlementJobs.SCHEME_ID));
            return "business date " + businessDate + ": execution " + execution.getId() + " " + execution.getStatus();
        } catch (ExecutionStateException refused) {
            return "business date " + businessDate + ": not started, " + refused.problem() + ": " + refused.getMessage();
        }
    }
}
