package dev.settle.cli;

import dev.settle.execution.ExecutionControl;
import dev.settle.execution.ExecutionHistory;
import dev.settle.execution.StaleExecutions;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code settle executions [--job J] [--status S] [--since WHEN] [--limit N] [--stuck] [--json]}. */
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = {"List job executions, newest first, or with --stuck those marked running whose process is "
                + "gone (recover them with 'settle recover --stale').",
                "Exit codes: 0 listed (also when none match), 1 error, 2 bad option or unknown job."})
class ExecutionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "JOB", description = "Only this job (settlementJob, reconciliationJob, "
            + "csvImportJob, fiImportJob, …)")
    String job;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: ${COMPLETION-CANDIDATES}")
    BatchStatus status;

    @Option(names = "--since", paramLabel = "WHEN", description = "Only those created since a date (2031-03-04), a "
            + "date and time (2031-03-04T18:00) or a duration back from now (30m, 24h, 7d)")
    String since;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--stuck", description = "Only executions marked running whose process is gone, with the reason")
    boolean stuck;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        if (stuck && (status != null || since != null)) {
            throw new ParameterException(spec.commandLine(), "--stuck lists executions marked running: it does not "
                    + "combine with --status or --since");
        }
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            Clock clock = context.getBean(Clock.class);
            LocalDateTime from = since == null ? null : since(clock);
            checkJob(context);
            if (stuck) {
                return stuck(context);
            }
            ExecutionControl control = context.getBean(ExecutionControl.class);
            List<JobExecution> executions = context.getBean(ExecutionHistory.class).find(job, status, from, limit)
                    .stream().map(control::find).toList();
            ExecutionOutput output = new ExecutionOutput(clock);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliOutput.json(out, executions.stream().map(output::summary).toList());
            } else {
                CliOutput.table(out, ExecutionOutput.HEADERS, executions.stream().map(output::row).toList());
            }
            return ExitCodes.OK;
        }
    }

    private int stuck(ConfigurableApplicationContext context) {
        List<StaleExecutions.Judged> stale = context.getBean(StaleExecutions.class).stale().stream()
                .filter(judged -> job == null || judged.execution().jobName().equals(job)).limit(limit).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StaleExecutions.Judged judged : stale) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("executionId", judged.execution().executionId());
                row.put("job", judged.execution().jobName());
                row.put("status", judged.execution().status().name());
                row.put("reason", judged.verdict().reason());
                rows.add(row);
            }
            CliOutput.json(out, rows);
        } else {
            CliOutput.table(out, List.of("ID", "JOB", "STATUS", "WHY STUCK"), stale.stream()
                    .map(judged -> List.of(String.valueOf(judged.execution().executionId()),
                            judged.execution().jobName(), judged.execution().status().name(),
                            judged.verdict().reason()))
                    .toList());
        }
        return ExitCodes.OK;
    }

    private LocalDateTime since(Clock clock) {
        try {
            return SinceOption.since(since, clock);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--since " + e.getMessage());
        }
    }

    private void checkJob(ConfigurableApplicationContext context) {
        Set<String> jobs = new TreeSet<>();
        context.getBeansOfType(Job.class).values().forEach(bean -> jobs.add(bean.getName()));
        if (job != null && !jobs.contains(job)) {
            throw new ParameterException(spec.commandLine(), "Unknown job '" + job + "'; the jobs are " + jobs);
        }
    }
}
