package dev.settle.cli;

import dev.settle.reconciliation.simulator.BankRules;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.reconciliation.simulator.SimulationException;
import dev.settle.reconciliation.simulator.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle simulate bank <file> --out <dir>}: a bank's answers to a published file, without a bank. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulators for trying the reconciliation without real counterparties.",
        subcommands = SimulateCommand.Bank.class)
class SimulateCommand extends CommandGroup {

    @Command(name = "bank", mixinStandardHelpOptions = true,
            description = {"Answer one of our published pain.001 or pain.008 files as a bank would. Needs no "
                    + "database.",
                    "Writes a status report <msgId>.pain002.xml (group and block status, one entry per rejected "
                            + "payment) and a notification <msgId>.camt054.xml (one batch booking per block for its "
                            + "accepted payments, one entry per returned payment two TARGET2 business days later), "
                            + "replacing earlier answers to the same file.",
                    BankRules.SUMMARY,
                    "Exit codes: 0 written, 1 the file does not exist, is not one of our pain.001 or pain.008 "
                            + "files, or the answers cannot be written, 2 bad usage."})
    static class Bank implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "A published pain.001 or pain.008 file")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Where the answers go (created if missing)")
        Path out;

        @Option(names = "--booking-date", paramLabel = "yyyy-MM-dd",
                description = "The day every block is booked (default: each block's requested execution or "
                        + "collection date)")
        LocalDate bookingDate;

        @Override
        public Integer call() {
            SimulationResult result;
            try {
                result = new BankSimulator().simulate(file, out, bookingDate);
            } catch (SimulationException e) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            PrintWriter printed = spec.commandLine().getOut();
            printed.printf("%-14s %s (%s), %d payments%n", "original", result.messageId(), result.messageName(),
                    result.payments());
            printed.printf("%-14s %d%n", "accepted", result.accepted());
            printed.printf("%-14s %d%n", "rejected", result.rejected());
            printed.printf("%-14s %d (accepted and booked, then returned)%n", "returned", result.returned());
            printed.printf("%-14s %s%n", "status report", result.statusReport());
            printed.printf("%-14s %s%n", "notification", result.notification());
            printed.flush();
            return ExitCodes.OK;
        }
    }
}
