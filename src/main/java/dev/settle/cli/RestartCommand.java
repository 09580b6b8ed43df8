package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionStateException;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle restart <executionId>}. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Run a FAILED or STOPPED execution again from its last committed chunk. Exit codes: 0 "
                + "completed, 1 no such execution, 3 it already completed, 4 it is marked running (recover it "
                + "first if its process is gone), 5 it failed again.")
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The execution id")
    long executionId;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            JobExecution restarted = context.getBean(ExecutionControl.class).restart(executionId);
            spec.commandLine().getOut().printf("Execution %d of %s restarted as execution %d: %s%n", executionId,
                    restarted.getJobInstance().getJobName(), restarted.getId(), restarted.getStatus());
            spec.commandLine().getOut().flush();
            return restarted.getStatus() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        } catch (ExecutionStateException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return e.problem() == ExecutionStateException.Problem.COMPLETED ? ExitCodes.ALREADY_DONE
                    : ExitCodes.EXECUTION_RUNNING;
        }
    }
}
