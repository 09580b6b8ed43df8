package dev.settle.cli;

import dev.settle.execution.ExecutionStateException;
import dev.settle.settlement.SettlementRuns;
import java.io.PrintWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Model.CommandSpec;

/** How {@code run settlementJob} and {@code rerun settlementJob} end: the report, the status and the exit code. */
final class SettlementRunOutput {

    private SettlementRunOutput() {
    }

    static int finished(CommandSpec spec, SettlementRuns runs, JobExecution execution) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(runs.report(execution).text());
        out.printf("Execution %d of settlementJob: %s%n", execution.getId(), execution.getStatus());
        out.flush();
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
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
        return ExitCodes.of(e.problem());
    }
}
