package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class JobProgressDisplayTests {

    @Test
    void showsTheRunningStepAndTheItemsSoFarOnOneRewrittenLine() throws Exception {
        JobExecution execution = new JobExecution(42, new JobInstance(7, "settlementJob"), new JobParameters());
        execution.setStartTime(LocalDateTime.now().minusSeconds(3));
        StepExecution late = new StepExecution(1, "markLateStep", execution);
        late.setStatus(BatchStatus.COMPLETED);
        late.setWriteCount(2);
        execution.addStepExecution(late);
        StepExecution settle = new StepExecution(2, "settleSchemeStep:partition0", execution);
        settle.setStatus(BatchStatus.STARTED);
        settle.setReadCount(3_000);
        settle.setWriteCount(1_000);
        execution.addStepExecution(settle);
        StringWriter err = new StringWriter();

        try (JobProgressDisplay display = new JobProgressDisplay(() -> List.of(execution), new PrintWriter(err))) {
            Thread.sleep(1_500);
        }

        assertThat(err.toString()).startsWith("\rsettlementJob 42: settleSchemeStep:partition0, 3000 read, "
                + "1002 written, ").endsWith(System.lineSeparator());
    }

    @Test
    void showsNothingWhileNoJobRuns() throws Exception {
        StringWriter err = new StringWriter();

        try (JobProgressDisplay display = new JobProgressDisplay(List::of, new PrintWriter(err))) {
            Thread.sleep(1_200);
        }

        assertThat(err.toString()).isEmpty();
    }
}
