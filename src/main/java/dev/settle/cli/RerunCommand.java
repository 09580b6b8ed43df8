package dev.settle.cli;

import dev.settle.settlement.SettlementJobs;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle rerun settlementJob --date D [--scheme S]}. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Run the settlement of a business date again after its run completed: submits only "
                + "instructions due and never submitted, or rejected for a retryable reason (as a new attempt with "
                + "a new key). What was submitted before is untouched.",
                "Exit codes: 0 completed, 1 error or the date never ran, 2 bad job or option, 4 a run of the date is "
                        + "running, 5 the job failed (restart it)."})
class RerunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "settlementJob (or settlement)")
    String job;

    @Option(names = "--date", required = true, paramLabel = "yyyy-MM-dd", description = "The business date")
    LocalDate businessDate;

    @Option(names = "--scheme", paramLabel = "ID", description = "Only this scheme id")
    String schemeId;

    @Option(names = "--json", description = "Print the execution and its report as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!SettlementJobs.JOB.equals(job) && !"settlement".equals(job)) {
            throw new ParameterException(spec.commandLine(), "Unknown job '" + job + "'; only " + SettlementJobs.JOB
                    + " is rerun by business date");
        }
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            return SettlementRunOutput.run(spec, context, json, runs -> runs.rerun(businessDate, schemeId));
        }
    }
}
