package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionStateException;
import dev.settle.execution.StaleExecutions;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle stop <executionId> [--json]}. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Ask a running execution to stop. It is marked STOPPED at once; the process running it (this "
                + "machine or another) ends it at its next chunk boundary, and 'settle restart' carries it on.",
                "Exit codes: 0 stop requested, 1 no such execution or it is not running, 3 it already completed, "
                        + "4 its process is gone (recover it instead)."})
class StopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The execution id")
    long executionId;

    @Option(names = "--json", description = "Print the execution as JSON")
    boolean json;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            Optional<StaleExecutions.Judged> stale = context.getBean(StaleExecutions.class).judge(executionId)
                    .filter(judged -> judged.verdict().stale());
            if (stale.isPresent()) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": execution " + executionId + " is "
                        + stale.get().execution().status() + " but nothing will stop it: " + stale.get().verdict()
                        .reason() + ". Run 'settle recover " + executionId + "', then 'settle restart " + executionId
                        + "'.");
                return ExitCodes.EXECUTION_RUNNING;
            }
            JobExecution stopping = context.getBean(ExecutionControl.class).stop(executionId);
            new ExecutionOutput(context.getBean(Clock.class)).print(spec.commandLine().getOut(), stopping, json,
                    "Execution " + executionId + " of " + stopping.getJobInstance().getJobName() + " is "
                            + stopping.getStatus() + ": the process running it ends it at its next chunk boundary; then "
                            + "'settle restart " + executionId + "' carries it on");
            return ExitCodes.OK;
        } catch (ExecutionStateException e) {
            return ExitCodes.refused(spec, e);
        }
    }
}
