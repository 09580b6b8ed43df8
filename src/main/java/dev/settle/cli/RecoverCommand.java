package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionStateException;
import dev.settle.execution.StaleExecutions;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code settle recover <executionId> | --stale}. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Mark an execution left STARTED by a killed or crashed process as FAILED so it can be "
                + "restarted. Refused while its owning process still runs (on this host: its pid; elsewhere: its "
                + "heartbeat), unless --force. With --stale: every execution whose process is gone.",
                "Exit codes: 0 recovered (with --stale: also when none was stale), 1 no such execution or it is not "
                        + "marked running, 2 bad usage, 4 its process still runs."})
class RecoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", description = "The execution id")
    Long executionId;

    @Option(names = "--stale", description = "Recover every execution marked running whose process is gone")
    boolean stale;

    @Option(names = "--force", description = "Recover the execution even though its process looks alive")
    boolean force;

    @Option(names = "--json", description = "Print the recovered executions as JSON")
    boolean json;

    @Override
    public Integer call() {
        if ((executionId == null) == !stale) {
            throw new ParameterException(spec.commandLine(), "Name one execution id, or --stale for every execution "
                    + "whose process is gone");
        }
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            StaleExecutions staleExecutions = context.getBean(StaleExecutions.class);
            List<JobExecution> recovered = new ArrayList<>();
            if (stale) {
                recovered.addAll(staleExecutions.recoverAll());
            } else {
                Optional<StaleExecutions.Judged> judged = staleExecutions.judge(executionId);
                if (judged.isPresent() && !judged.get().verdict().stale() && !force) {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": execution " + executionId + " is "
                            + judged.get().execution().status() + " and its process looks alive: " + judged.get()
                            .verdict().reason() + ". Stop it with 'settle stop " + executionId + "'; if you know its "
                            + "process is gone, 'settle recover " + executionId + " --force'.");
                    return ExitCodes.EXECUTION_RUNNING;
                }
                recovered.add(judged.isPresent() && !force ? staleExecutions.recover(judged.get())
                        .orElseGet(() -> context.getBean(ExecutionControl.class).find(executionId))
                        : context.getBean(ExecutionControl.class).recover(executionId));
            }
            print(recovered, new ExecutionOutput(context.getBean(Clock.class)));
            return ExitCodes.OK;
        } catch (ExecutionStateException e) {
            return ExitCodes.refused(spec, e);
        }
    }

    private void print(List<JobExecution> recovered, ExecutionOutput output) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> summaries = recovered.stream().map(output::summary).toList();
            CliOutput.json(out, stale ? summaries : summaries.get(0));
            return;
        }
        if (recovered.isEmpty()) {
            out.println("No execution is marked running with its process gone");
        }
        for (JobExecution execution : recovered) {
            out.printf("Execution %d of %s is now %s; restart it with 'settle restart %d'%n", execution.getId(),
                    execution.getJobInstance().getJobName(), execution.getStatus(), execution.getId());
        }
        out.flush();
    }
}
