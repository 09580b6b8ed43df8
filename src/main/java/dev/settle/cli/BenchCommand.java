package dev.settle.cli;

import dev.settle.bench.CycleBenchmark;
import dev.settle.bench.ImportBenchmark;
import dev.settle.bench.ReconciliationBenchmark;
import dev.settle.bench.SettlementBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code settle bench import --rows N}: the import jobs on generated data; {@code settle bench settlement
 * --instructions N}: the settlement job on generated due instructions; {@code settle bench reconciliation
 * --payments N}: the reconciliation job on a bank's answers to N payments; {@code settle bench cycle --instructions
 * N}: the whole nightly cycle against PostgreSQL's own floor; each with figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks on generated data.",
        subcommands = {BenchCommand.Import.class, BenchCommand.Settlement.class, BenchCommand.Reconciliation.class,
            BenchCommand.Cycle.class})
class BenchCommand extends CommandGroup {

    /** What every benchmark takes: the seed of its generated data, and whether to print JSON. */
    static class Generated {

        @Option(names = "--seed", defaultValue = "42",
                description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--json", description = "Print the figures as JSON")
        boolean json;

        /**
         * Runs a benchmark in an operator context and prints its result, as JSON or for people; answers the exit
         * code: {@link ExitCodes#OK} when every stage completed.
         */
        <R> int report(CommandSpec spec, Benchmark<R> benchmark, BiConsumer<PrintWriter, R> print,
                Predicate<R> completed) throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                R result = benchmark.run(context);
                if (json) {
                    CliOutput.json(out, result);
                } else {
                    print.accept(out, result);
                    out.flush();
                }
                return completed.test(result) ? ExitCodes.OK : ExitCodes.JOB_FAILED;
            }
        }
    }

    /** One benchmark's run in an operator context. */
    @FunctionalInterface
    interface Benchmark<R> {
        R run(ConfigurableApplicationContext context) throws Exception;
    }

    private static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static void requireAtLeastOne(CommandSpec spec, String option, int value) {
        if (value < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be at least 1, got "
                    + value);
        }
    }

    private static void printStages(PrintWriter out, List<List<String>> rows) {
        CliOutput.table(out, List.of("STAGE", "STATUS", "ROWS", "SECONDS", "ROWS/S", "PEAK HEAP MiB"), rows);
    }

    private static List<String> stageRow(String name, String status, long rows, double seconds, double rowsPerSecond,
            long peakHeapBytes) {
        return List.of(name, status, String.valueOf(rows), String.format("%.1f", seconds),
                String.format("%.0f", rowsPerSecond), String.valueOf(peakHeapBytes / (1024 * 1024)));
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Generate an instrument file and an instruction file, import both for a new tenant "
                    + "through the real jobs, and print rows, seconds, rows/s and peak heap per stage.")
    static class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "100000", description = "Instruction rows (default: ${DEFAULT-VALUE})")
        int rows;

        @Mixin
        Generated generated;

        @Option(names = "--work-dir", defaultValue = "target/bench", description = "Where the files go (default: ${DEFAULT-VALUE})")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            requireAtLeastOne(spec, "--rows", rows);
            return generated.report(spec, context -> context.getBean(ImportBenchmark.class)
                    .run(rows, generated.seed, workDir), (out, stages) -> {
                        printStages(out, stages.stream().map(s -> stageRow(s.name(), s.status(), s.rows(),
                                s.seconds(), s.rowsPerSecond(), s.peakHeapBytes())).toList());
                        out.printf("max heap (-Xmx): %d MiB%n", maxHeapMiB());
                    }, stages -> stages.stream().allMatch(s -> s.status().equals("COMPLETED")));
        }
    }

    @Command(name = "settlement", mixinStandardHelpOptions = true,
            description = "Load N due SEPA credit transfers for a new tenant and scheme (not measured), run the "
                    + "settlement job for them and print rows, seconds and rows/s of the claim, the file plan and "
                    + "the file writing, the files written and the peak heap.")
    static class Settlement implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--instructions", defaultValue = "100000",
                description = "Due instructions (default: ${DEFAULT-VALUE})")
        int instructions;

        @Mixin
        Generated generated;

        @Override
        public Integer call() throws Exception {
            requireAtLeastOne(spec, "--instructions", instructions);
            return generated.report(spec, context -> context.getBean(SettlementBenchmark.class)
                    .run(instructions, generated.seed), Settlement::print,
                    result -> result.status().equals("COMPLETED"));
        }

        private static void print(PrintWriter out, SettlementBenchmark.Result result) {
            CliOutput.table(out, List.of("PHASE", "ROWS", "SECONDS", "ROWS/S"), result.phases().stream()
                    .map(p -> List.of(p.name(), String.valueOf(p.rows()), String.format("%.1f", p.seconds()),
                            String.format("%.0f", p.rowsPerSecond()))).toList());
            out.printf("instructions: %d (loaded in %.1f s, not measured)%n", result.instructions(),
                    result.setupSeconds());
            out.printf("claimed: %d, submitted: %d, files: %d in %s%n", result.claimed(), result.submitted(),
                    result.files(), result.outputDirectory());
            out.printf("peak heap: %d MiB, max heap (-Xmx): %d MiB%n", result.peakHeapBytes() / (1024 * 1024),
                    maxHeapMiB());
            out.printf("execution %d of settlementJob: %s%n", result.executionId(), result.status());
        }
    }

    @Command(name = "reconciliation", mixinStandardHelpOptions = true,
            description = "Load and settle N due SEPA credit transfers for a new tenant (set-up), have the bank "
                    + "simulator answer every file (a pain.002 and a camt.054 with one entry per payment), reconcile "
                    + "them through the real job and print entries, seconds, entries/s and peak heap per stage.")
    static class Reconciliation implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--payments", defaultValue = "100000", description = "Payments (default: ${DEFAULT-VALUE})")
        int payments;

        @Mixin
        Generated generated;

        @Option(names = "--work-dir", defaultValue = "target/bench",
                description = "Where the bank's answers go (default: ${DEFAULT-VALUE})")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            requireAtLeastOne(spec, "--payments", payments);
            return generated.report(spec, context -> context.getBean(ReconciliationBenchmark.class)
                    .run(payments, generated.seed, workDir), Reconciliation::print,
                    ReconciliationBenchmark.Result::completed);
        }

        private static void print(PrintWriter out, ReconciliationBenchmark.Result result) {
            printStages(out, result.stages().stream().map(s -> stageRow(s.name(), s.status(), s.rows(),
                    s.seconds(), s.rowsPerSecond(), s.peakHeapBytes())).toList());
            out.printf("payments: %d (loaded in %.1f s, not measured)%n", result.payments(), result.loadSeconds());
            out.printf("report entries: %s, exceptions: %d%n", result.outcomes(), result.exceptions());
            out.printf("instructions: %s%n", result.instructions());
            out.printf("bank answers in %s; max heap (-Xmx): %d MiB%n", result.reportDirectory(), maxHeapMiB());
        }
    }

    @Command(name = "cycle", mixinStandardHelpOptions = true,
            description = "The whole nightly cycle on N generated instructions in three schemes and three currencies "
                    + "for a new tenant: import the CSV files, settle, have the bank simulator answer the SEPA files, "
                    + "reconcile its answers, each through the real job, and measure PostgreSQL's floor for the same "
                    + "rows in the same run (COPY of the same CSV, one UPDATE of every row, COPY ... TO). Prints rows, "
                    + "seconds, rows/s, peak heap and the ratio to the floor per stage. Needs PostgreSQL.")
    static class Cycle implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--instructions", defaultValue = "100000",
                description = "Instructions (default: ${DEFAULT-VALUE})")
        int instructions;

        @Mixin
        Generated generated;

        @Option(names = "--work-dir", defaultValue = "target/bench",
                description = "Where the CSV files, SEPA files and the bank's answers go (default: ${DEFAULT-VALUE})")
        Path workDir;

        @Override
        public Integer call() throws Exception {
            requireAtLeastOne(spec, "--instructions", instructions);
            return generated.report(spec, context -> context.getBean(CycleBenchmark.class)
                    .run(instructions, generated.seed, workDir), Cycle::print, CycleBenchmark.Result::completed);
        }

        private static void print(PrintWriter out, CycleBenchmark.Result result) {
            List<List<String>> rows = new ArrayList<>(result.stages().stream().map(s -> List.of(s.name(),
                    s.status(), s.rows() + " " + s.unit(), String.format("%.1f", s.seconds()),
                    String.format("%.0f", s.rowsPerSecond()), String.valueOf(s.peakHeapBytes() / (1024 * 1024)),
                    s.floor() == null ? "-" : s.floor(), s.floorSeconds() == null ? "-"
                            : String.format("%.1f", s.floorSeconds()),
                    s.ratio() == null ? "-" : String.format("%.1fx", s.ratio()))).toList());
            rows.add(List.of("whole cycle", result.completed() ? "COMPLETED" : "INCOMPLETE",
                    result.instructions() + " instructions", String.format("%.1f", result.cycleSeconds()),
                    result.cycleSeconds() > 0 ? String.format("%.0f", result.instructions() / result.cycleSeconds())
                            : "-", "", "floors added up", String.format("%.1f", result.floorSeconds()),
                    result.floorSeconds() > 0 ? String.format("%.1fx", result.cycleSeconds() / result.floorSeconds())
                            : "-"));
            CliOutput.table(out, List.of("STAGE", "STATUS", "ROWS", "SECONDS", "ROWS/S", "PEAK HEAP MiB", "FLOOR",
                    "FLOOR S", "RATIO"), rows);
            out.printf("instructions: %d (seed %d, files written in %.1f s, not measured), business date %s%n",
                    result.instructions(), result.seed(), result.generateSeconds(), result.businessDate());
            out.printf("answered by the PSP at submission: %d; report entries: %s, exceptions: %d%n",
                    result.answeredAtSubmission(), result.outcomes(), result.exceptions());
            out.printf("instructions at the end: %s%n", result.instructionStatuses());
            out.printf("files in %s; max heap (-Xmx): %d MiB%n", result.workDirectory(),
                    result.maxHeapBytes() / (1024 * 1024));
        }
    }
}
