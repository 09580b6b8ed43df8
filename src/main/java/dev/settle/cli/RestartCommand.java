package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionStateException;
import dev.settle.execution.LocalExecutions;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle restart <executionId> [--json]}. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Run a FAILED or STOPPED execution again from its last committed chunk. Exit codes: 0 "
                + "completed, 1 no such execution, 3 it already completed or was abandoned, 4 it is marked running "
                + "(recover it first if its process is gone), 5 it failed or was stopped again.")
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The execution id")
    long executionId;

    @Option(names = "--json", description = "Print the new execution as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            JobExecution restarted;
            try (AutoCloseable progress = JobProgressDisplay.onTerminal(context.getBean(LocalExecutions.class),
                    spec.commandLine().getErr(), json)) {
                restarted = context.getBean(ExecutionControl.class).restart(executionId);
            }
            new ExecutionOutput(context.getBean(Clock.class)).print(spec.commandLine().getOut(), restarted, json,
                    "Execution " + executionId + " of " + restarted.getJobInstance().getJobName()
                            + " restarted as execution " + restarted.getId() + ": " + restarted.getStatus());
            return restarted.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        } catch (ExecutionStateException e) {
            return ExitCodes.refused(spec, e);
        }
    }
}
