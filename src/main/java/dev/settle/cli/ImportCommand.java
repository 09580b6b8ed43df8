package dev.settle.cli;

import dev.settle.csvimport.ImportJobs;
import dev.settle.csvimport.ImportProgress;
import dev.settle.csvimport.ImportRefusedException;
import dev.settle.csvimport.ImportResult;
import dev.settle.csvimport.ImportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle import instructions|instruments <file> --tenant T}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a CSV file for a tenant.",
        subcommands = {ImportCommand.Instructions.class, ImportCommand.Instruments.class})
class ImportCommand extends CommandGroup {

    @Command(name = "instructions", mixinStandardHelpOptions = true,
            description = "Import instructions (orders created on first reference). Exit codes: 0 completed (even "
                    + "with rejected rows), 1 failed to start, 3 file already imported, 4 an execution of this "
                    + "file is marked running, 5 the import failed (see its report).")
    static class Instructions extends FileImport {
        Instructions() {
            super(ImportJobs.INSTRUCTIONS_JOB);
        }
    }

    @Command(name = "instruments", mixinStandardHelpOptions = true,
            description = "Import financial instruments (an optional id column lets instruction files name them). "
                    + "Exit codes as for 'import instructions'.")
    static class Instruments extends FileImport {
        Instruments() {
            super(ImportJobs.INSTRUMENTS_JOB);
        }
    }

    /** Runs one kind of import and prints its summary. */
    abstract static class FileImport implements Callable<Integer> {

        private final String jobName;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "The CSV file")
        Path file;

        @Option(names = "--tenant", required = true, description = "Tenant id or unique name")
        String tenant;

        @Option(names = "--json", description = "Print the summary as JSON")
        boolean json;

        FileImport(String jobName) {
            this.jobName = jobName;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                ImportResult result;
                try (ProgressDisplay progress = new ProgressDisplay(context.getBean(ImportProgress.class),
                        json ? new PrintWriter(PrintWriter.nullWriter()) : out, file.getFileName().toString())) {
                    result = context.getBean(ImportService.class).importFile(jobName, file, tenant);
                } catch (ImportRefusedException refused) {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + refused.getMessage());
                    return refused.reason() == ImportRefusedException.Reason.ALREADY_IMPORTED
                            ? ExitCodes.ALREADY_DONE : ExitCodes.EXECUTION_RUNNING;
                }
                print(out, result);
                return result.status() == BatchStatus.COMPLETED ? ExitCodes.OK : ExitCodes.JOB_FAILED;
            }
        }

        private void print(PrintWriter out, ImportResult result) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("job", result.job());
            summary.put("executionId", result.executionId());
            summary.put("status", result.status().name());
            summary.put("file", result.file().toString());
            summary.put("read", result.counts().read());
            summary.put("stored", result.counts().stored());
            summary.put("unchanged", result.counts().unchanged());
            summary.put("rejected", result.counts().rejected());
            summary.put("notProcessed", result.notProcessed());
            summary.put("readThisRun", result.readThisRun());
            summary.put("durationSeconds", result.duration().toMillis() / 1000.0);
            summary.put("rowsPerSecond", Math.round(result.rowsPerSecond()));
            summary.put("errorReport", result.errorReport().toString());
            if (result.status() != BatchStatus.COMPLETED) {
                summary.put("failure", firstLine(result.exitDescription()));
            }
            if (json) {
                CliOutput.json(out, summary);
                return;
            }
            summary.forEach((key, value) -> out.printf("%-16s %s%n", key, value));
            out.flush();
        }

        private static String firstLine(String text) {
            if (text == null) {
                return "";
            }
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }
    }
}
