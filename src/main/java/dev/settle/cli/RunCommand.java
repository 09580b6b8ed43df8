package dev.settle.cli;

import dev.settle.settlement.SettlementJobs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle run <job> [name=value…]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a job in this process and print its report.",
                "settlementJob businessDate=yyyy-MM-dd [schemeId=ID]: submit what is due on the business date "
                        + "(a failed run of the date is restarted where it stopped).",
                "Exit codes: 0 completed, 1 error, 2 bad job or parameter, 3 the run of that date already "
                        + "completed (use 'settle rerun'), 4 it is running, 5 the job failed (restart it)."})
class RunCommand implements Callable<Integer> {

    private static final Set<String> SETTLEMENT_PARAMETERS = Set.of(SettlementJobs.BUSINESS_DATE,
            SettlementJobs.SCHEME_ID);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "The job: settlementJob")
    String job;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Job parameters")
    List<String> parameters = List.of();

    @Option(names = "--json", description = "Print the execution and its report as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!SettlementJobs.JOB.equals(job)) {
            throw new ParameterException(spec.commandLine(), "Unknown job '" + job + "'; this command runs "
                    + SettlementJobs.JOB + " (imports run with 'settle import')");
        }
        Map<String, String> values = parse();
        LocalDate businessDate = date(values.get(SettlementJobs.BUSINESS_DATE));
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            return SettlementRunOutput.run(spec, context, json,
                    runs -> runs.run(businessDate, values.get(SettlementJobs.SCHEME_ID)));
        }
    }

    private Map<String, String> parse() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (equals < 1 || !SETTLEMENT_PARAMETERS.contains(name)) {
                throw new ParameterException(spec.commandLine(), "Bad parameter '" + parameter + "'; "
                        + SettlementJobs.JOB + " takes businessDate=yyyy-MM-dd and optionally schemeId=ID");
            }
            values.put(name, parameter.substring(equals + 1));
        }
        if (!values.containsKey(SettlementJobs.BUSINESS_DATE)) {
            throw new ParameterException(spec.commandLine(), SettlementJobs.JOB
                    + " needs businessDate=yyyy-MM-dd, the business date to settle");
        }
        return values;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "businessDate '" + text + "' is not a date yyyy-MM-dd");
        }
    }
}
