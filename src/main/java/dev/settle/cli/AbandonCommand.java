package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionStateException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle abandon <executionId> [--json]}. */
@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = {"Give up a FAILED or STOPPED execution for good: it is marked ABANDONED and can no longer be "
                + "restarted. What it committed stays committed.",
                "Exit codes: 0 abandoned, 1 no such execution, 3 it already completed or was abandoned, 4 it is "
                        + "running (stop it, or recover it if its process is gone)."})
class AbandonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The execution id")
    long executionId;

    @Option(names = "--json", description = "Print the execution as JSON")
    boolean json;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            JobExecution abandoned = context.getBean(ExecutionControl.class).abandon(executionId);
            new ExecutionOutput(context.getBean(Clock.class)).print(spec.commandLine().getOut(), abandoned, json,
                    "Execution " + executionId + " of " + abandoned.getJobInstance().getJobName() + " is now "
                            + abandoned.getStatus() + "; it will not be restarted");
            return ExitCodes.OK;
        } catch (ExecutionStateException e) {
            return ExitCodes.refused(spec, e);
        }
    }
}
