package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionStateException;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle recover <executionId>}. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Mark an execution left STARTED by a killed or crashed process as FAILED so it can be "
                + "restarted. Use only when its process is gone. Exit codes: 0 recovered, 1 no such execution or "
                + "it is not marked running.")
class RecoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The execution id")
    long executionId;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            JobExecution recovered = context.getBean(ExecutionControl.class).recover(executionId);
            spec.commandLine().getOut().printf("Execution %d of %s is now %s; restart it with 'settle restart %d'%n",
                    executionId, recovered.getJobInstance().getJobName(), recovered.getStatus(), executionId);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (ExecutionStateException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
