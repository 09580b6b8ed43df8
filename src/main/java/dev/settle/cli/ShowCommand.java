package dev.settle.cli;

import dev.settle.csvimport.ImportJobs;
import dev.settle.csvimport.ImportResult;
import dev.settle.csvimport.ImportService;
import dev.settle.execution.ExecutionControl;
import dev.settle.execution.StaleExecutions;
import dev.settle.reconciliation.ReconciliationJobs;
import dev.settle.reconciliation.ReconciliationResult;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.settlement.SettlementJobs;
import dev.settle.settlement.SettlementReport;
import dev.settle.settlement.SettlementRuns;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle show <executionId> [--json]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one execution: status, parameters, duration, each step's read / write / skip / commit "
                + "counts, and the job's own figures: a settlement's control totals and files, a reconciliation's "
                + "entries and totals, an import's row counts.",
                "Exit codes: 0 shown, 1 no such execution, 2 bad usage."})
class ShowCommand implements Callable<Integer> {

    private static final List<String> STEP_HEADERS = List.of("STEP", "STATUS", "READ", "WRITTEN", "FILTERED",
            "SKIPPED", "COMMITS", "ROLLBACKS", "DURATION", "EXIT");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The execution id")
    long executionId;

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            JobExecution execution = context.getBean(ExecutionControl.class).find(executionId);
            ExecutionOutput output = new ExecutionOutput(context.getBean(Clock.class));
            List<StepExecution> steps = execution.getStepExecutions().stream()
                    .sorted(Comparator.comparing(StepExecution::getId)).toList();
            Map<String, Object> shown = output.summary(execution);
            context.getBean(StaleExecutions.class).judge(executionId)
                    .ifPresent(judged -> shown.put("process", judged.verdict().reason()));
            shown.put("steps", steps.stream().map(output::step).toList());
            Object figures = figures(context, execution);
            if (figures != null) {
                shown.put("figures", figures);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                CliOutput.json(out, shown);
                return ExitCodes.OK;
            }
            out.printf("Execution %d of %s: %s (exit %s)%n", execution.getId(), execution.getJobInstance().getJobName(),
                    execution.getStatus(), execution.getExitStatus().getExitCode());
            out.printf("  parameters  %s%n", ExecutionOutput.parameters(execution));
            out.printf("  started     %s, ended %s, duration %s%n", ExecutionOutput.time(execution.getStartTime()),
                    execution.getEndTime() == null ? "-" : ExecutionOutput.time(execution.getEndTime()),
                    output.duration(execution.getStartTime(), execution.getEndTime()));
            if (shown.containsKey("process")) {
                out.printf("  process     %s%n", shown.get("process"));
            }
            if (!shown.get("exitDescription").toString().isEmpty()) {
                out.printf("  exit        %s%n", shown.get("exitDescription"));
            }
            out.println();
            CliOutput.table(out, STEP_HEADERS, steps.stream().map(step -> List.of(step.getStepName(),
                    step.getStatus().name(), String.valueOf(step.getReadCount()), String.valueOf(step.getWriteCount()),
                    String.valueOf(step.getFilterCount()), String.valueOf(step.getSkipCount()),
                    String.valueOf(step.getCommitCount()), String.valueOf(step.getRollbackCount()),
                    output.duration(step.getStartTime(), step.getEndTime()), step.getExitStatus().getExitCode()))
                    .toList());
            printFigures(out, figures);
            return ExitCodes.OK;
        }
    }

    /** The job's own figures, where it keeps them; null for a job without any. */
    private static Object figures(ConfigurableApplicationContext context, JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        if (job.equals(SettlementJobs.JOB)) {
            return context.getBean(SettlementRuns.class).report(execution);
        }
        if (job.equals(ReconciliationJobs.JOB)) {
            return context.getBean(ReconciliationRuns.class).result(execution);
        }
        if (job.equals(ImportJobs.INSTRUCTIONS_JOB) || job.equals(ImportJobs.INSTRUMENTS_JOB)) {
            ImportResult result;
            try {
                result = context.getBean(ImportService.class).result(execution,
                        Path.of(execution.getJobParameters().getString(ImportJobs.INPUT_FILE)));
            } catch (RuntimeException fileGone) {
                // A stopped import counts the rows left in its file, which may have been moved since.
                return null;
            }
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("file", result.file().toString());
            counts.put("read", result.counts().read());
            counts.put("stored", result.counts().stored());
            counts.put("unchanged", result.counts().unchanged());
            counts.put("rejected", result.counts().rejected());
            counts.put("errorReport", result.errorReport().toString());
            return counts;
        }
        return null;
    }

    private static void printFigures(PrintWriter out, Object figures) {
        if (figures == null) {
            return;
        }
        out.println();
        if (figures instanceof SettlementReport report) {
            out.print(report.text());
        } else if (figures instanceof ReconciliationResult result) {
            out.printf("Reconciliation of %s (%s): %d entries read, %s, %d duplicates, %d exceptions%n",
                    result.file(), result.format(), result.entriesRead(), result.outcomes(), result.duplicates(),
                    result.exceptions());
            for (ReconciliationResult.ControlTotal total : result.totals()) {
                out.printf("  %s %s: booked %s in %d entries, submitted %s in %d payments%s%n", total.batchId(),
                        total.currency(), total.reported().stripTrailingZeros().toPlainString(), total.entries(),
                        total.submitted().stripTrailingZeros().toPlainString(), total.payments(),
                        total.matches() ? "" : "  << differs");
            }
        } else if (figures instanceof Map<?, ?> counts) {
            counts.forEach((name, value) -> out.printf("  %-12s %s%n", name, value));
        }
        out.flush();
    }
}
