package dev.settle.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code settle <command>}. */
@Command(name = "settle", mixinStandardHelpOptions = true, versionProvider = SettleVersion.class,
        description = "Batch settlement processor: API server, jobs and operator commands.",
        subcommands = {ServerCommand.class, DemoCommand.class, TenantsCommand.class, ApiKeysCommand.class,
                SchemesCommand.class, ImportCommand.class, RunCommand.class, RerunCommand.class, ReconcileCommand.class,
                ExceptionsCommand.class, RestartCommand.class, RecoverCommand.class, StopCommand.class,
                AbandonCommand.class, ExecutionsCommand.class, ShowCommand.class, InstructionsCommand.class,
                SchedulesCommand.class, WebhooksCommand.class, BenchCommand.class, SimulateCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 failed (the message says why), 2 bad usage, 3 nothing to do, 4 an "
                + "execution is marked running, 5 the job ended FAILED or STOPPED.",
                "Spring settings may be given as --spring.x=y or as environment variables (SPRING_DATASOURCE_URL)."})
public class SettleCli extends CommandGroup {

    /** Runs the command line on the standard streams and answers its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err}, and answers its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        List<String> own = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            (SpringArguments.isSpringArgument(arg) ? spring : own).add(arg);
        }
        SpringArguments.set(spring);
        CommandLine commandLine = new CommandLine(new SettleCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new CommandFailureHandler());
        return commandLine.execute(own.toArray(String[]::new));
    }
}
