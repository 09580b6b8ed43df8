package dev.settle.cli;

import dev.settle.execution.ExecutionStateException;
import dev.settle.execution.LocalExecutions;
import dev.settle.settlement.SettlementReport;
import dev.settle.settlement.SettlementRuns;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

/** How {@code run settlementJob} and {@code rerun settlementJob} end: the report, the status and the exit code. */
final class SettlementRunOutput {

    private SettlementRunOutput() {
    }

    /** Runs the settlement, showing its progress on a terminal, and prints how it ended. */
    static int run(CommandSpec spec, ConfigurableApplicationContext context, boolean json, SettlementLaunch launch)
            throws Exception {
        JobExecution execution;
        try (AutoCloseable progress = JobProgressDisplay.onTerminal(context.getBean(LocalExecutions.class),
                spec.commandLine().getErr(), json)) {
            execution = launch.launch(context.getBean(SettlementRuns.class));
        } catch (ExecutionStateException e) {
            return refused(spec, e);
        }
        return finished(spec, context, execution, json);
    }

    /** Starts a settlement run. */
    interface SettlementLaunch {
        JobExecution launch(SettlementRuns runs) throws Exception;
    }

    private static int finished(CommandSpec spec, ConfigurableApplicationContext context, JobExecution execution,
            boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        SettlementReport report = context.getBean(SettlementRuns.class).report(execution);
        if (json) {
            Map<String, Object> result = new ExecutionOutput(context.getBean(Clock.class)).summary(execution);
            result.put("report", report);
            CliOutput.json(out, result);
        } else {
            out.print(report.text());
            out.printf("Execution %d of settlementJob: %s%n", execution.getId(), execution.getStatus());
            out.flush();
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println(spec.qualifiedName() + ": execution " + execution.getId() + " ended "
                + execution.getStatus() + ": " + execution.getExitStatus().getExitDescription().lines().findFirst()
                        .orElse("") + System.lineSeparator() + "Fix the cause, then run 'settle restart "
                + execution.getId() + "': what was submitted stays submitted, the rest carries on.");
        return ExitCodes.JOB_FAILED;
    }

    static int refused(CommandSpec spec, ExecutionStateException e) {
        return ExitCodes.refused(spec, e);
    }
}
