package dev.settle.cli;

import dev.settle.reconciliation.ReconciliationExceptions;
import dev.settle.reconciliation.ReconciliationExceptions.ReconciliationException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle exceptions list|resolve}: the reconciliation's exceptions inbox. */
@Command(name = "exceptions", mixinStandardHelpOptions = true,
        description = "Report entries the reconciliation could not apply: no matching payment, another amount or "
                + "currency, a move the payment's fate forbids, a problem of the file.",
        subcommands = {ExceptionsCommand.ListExceptions.class, ExceptionsCommand.Resolve.class})
class ExceptionsCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List exceptions, oldest first.")
    static class ListExceptions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--status", defaultValue = "OPEN", description = "OPEN (default), RESOLVED or ALL")
        String status;

        @Option(names = "--limit", defaultValue = "200", description = "At most this many (default: ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--json", description = "JSON output")
        boolean json;

        @Override
        public Integer call() {
            String wanted = status.toUpperCase(Locale.ROOT);
            if (!List.of("OPEN", "RESOLVED", "ALL").contains(wanted)) {
                throw new IllegalArgumentException("--status must be OPEN, RESOLVED or ALL, got '" + status + "'");
            }
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                List<ReconciliationException> exceptions = context.getBean(ReconciliationExceptions.class)
                        .list("ALL".equals(wanted) ? null : wanted, limit);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    CliOutput.json(out, exceptions);
                } else {
                    exceptions.forEach(x -> out.printf("%d  %-8s %s entry %d: %s%n      %s%s%n", x.id(), x.status(),
                            x.file(), x.position(), x.reason(), x.excerpt(), x.resolutionNote() == null ? ""
                                    : System.lineSeparator() + "      resolved: " + x.resolutionNote()));
                    out.println(exceptions.size() + " exception(s)");
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Close an open exception, saying what was done about it.")
    static class Resolve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "The exception id")
        long id;

        @Option(names = "--note", required = true, description = "What was done (kept with the exception)")
        String note;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                context.getBean(ReconciliationExceptions.class).resolve(id, note);
                spec.commandLine().getOut().println("Exception " + id + " resolved");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }
}
