package dev.settle.cli;

import dev.settle.bench.ImportBenchmark;
import dev.settle.bench.SettlementBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code settle bench import --rows N}: the import jobs on generated data; {@code settle bench settlement
 * --instructions N}: the settlement job on generated due instructions; both with figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks on generated data.",
        subcommands = {BenchCommand.Import.class, BenchCommand.Settlement.class})
class BenchCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Generate an instrument file and an instruction file, import both for a new tenant "
                    + "through the real jobs, and print rows, seconds, rows/s and peak heap per stage.")
    static class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--rows", defaultValue = "100000", description = "Instruction rows (default: ${DEFAULT-VALUE})")
        int rows;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--work-dir", defaultValue = "target/bench", description = "Where the files go (default: ${DEFAULT-VALUE})")
        Path workDir;

        @Option(names = "--json", description = "Print the figures as JSON")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                List<ImportBenchmark.Stage> stages = context.getBean(ImportBenchmark.class).run(rows, seed, workDir);
                if (json) {
                    CliOutput.json(out, stages);
                } else {
                    CliOutput.table(out, List.of("STAGE", "STATUS", "ROWS", "SECONDS", "ROWS/S", "PEAK HEAP MiB"),
                            stages.stream().map(s -> List.of(s.name(), s.status(), String.valueOf(s.rows()),
                                    String.format("%.1f", s.seconds()), String.format("%.0f", s.rowsPerSecond()),
                                    String.valueOf(s.peakHeapBytes() / (1024 * 1024)))).toList());
                    out.printf("max heap (-Xmx): %d MiB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
                }
                boolean allCompleted = stages.stream().allMatch(s -> s.status().equals("COMPLETED"));
                return allCompleted ? ExitCodes.OK : ExitCodes.JOB_FAILED;
            }
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

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--json", description = "Print the figures as JSON")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (instructions < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--instructions must be at least 1, got " + instructions);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                SettlementBenchmark.Result result = context.getBean(SettlementBenchmark.class).run(instructions, seed);
                if (json) {
                    CliOutput.json(out, result);
                } else {
                    print(out, result);
                }
                return result.status().equals("COMPLETED") ? ExitCodes.OK : ExitCodes.JOB_FAILED;
            }
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
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf("execution %d of settlementJob: %s%n", result.executionId(), result.status());
            out.flush();
        }
    }
}
