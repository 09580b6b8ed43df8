package dev.settle.cli;

import dev.settle.reconciliation.ReconciliationInbox;
import dev.settle.reconciliation.ReconciliationRefusedException;
import dev.settle.reconciliation.ReconciliationResult;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.reconciliation.UnresolvedOutcomes;
import java.time.Duration;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle reconcile <file>…}. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Apply scheme reports (pain.002, camt.054, camt.053, the PSP settlement CSV; recognised from the "
                + "content) to the "
                + "order store, one file after the other, and print per file what became of its entries.",
                "Exit codes: 0 every file completed (exceptions may still be open: see 'settle exceptions list'), "
                        + "1 a file could not be read or recognised, 3 every file was already reconciled, 4 a file "
                        + "is being reconciled, 5 a run failed (reconcile the file again to carry on)."})
class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Report files")
    List<Path> files = List.of();

    @Option(names = "--inbox", paramLabel = "DIR", description = "Reconcile every complete file in DIR, in name "
            + "order, moving each to DIR/done/ once reconciled and to DIR/unrecognised/ when it is no report")
    Path inbox;

    @Option(names = "--unresolved", description = "Also ask each scheme for the payments still UNKNOWN, or PENDING "
            + "for longer than --pending-age, and apply its answers")
    boolean unresolved;

    @Option(names = "--pending-age", defaultValue = "48h", description = "How long PENDING may last before it is "
            + "looked up, as 48h, 3d or an ISO-8601 duration (default: ${DEFAULT-VALUE})")
    String pendingAge;

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty() && inbox == null && !unresolved) {
            throw new ParameterException(spec.commandLine(), "Name the report files to reconcile, or --inbox DIR, or "
                    + "--unresolved");
        }
        Duration age = age();
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = ExitCodes.OK;
        int alreadyDone = 0;
        try (ConfigurableApplicationContext context = SpringContexts.operator()) {
            ReconciliationRuns runs = context.getBean(ReconciliationRuns.class);
            for (Path file : files) {
                try {
                    ReconciliationResult result = runs.reconcile(file);
                    print(out, result);
                    if (result.status() != BatchStatus.COMPLETED) {
                        exitCode = Math.max(exitCode, ExitCodes.JOB_FAILED);
                    }
                } catch (ReconciliationRefusedException refused) {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + refused.getMessage());
                    if (refused.reason() == ReconciliationRefusedException.Reason.RUNNING) {
                        exitCode = Math.max(exitCode, ExitCodes.EXECUTION_RUNNING);
                    } else {
                        alreadyDone++;
                    }
                } catch (IllegalArgumentException unreadable) {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + unreadable.getMessage());
                    exitCode = Math.max(exitCode, ExitCodes.FAILED);
                }
            }
            if (inbox != null) {
                for (ReconciliationInbox.Drained drained : context.getBean(ReconciliationInbox.class).drain(inbox)) {
                    if (drained.result() != null) {
                        print(out, drained.result());
                        if (drained.result().status() != BatchStatus.COMPLETED) {
                            exitCode = Math.max(exitCode, ExitCodes.JOB_FAILED);
                        }
                    }
                    out.println("   " + drained.file() + ": " + drained.outcome());
                }
            }
            if (unresolved) {
                int resolved = context.getBean(UnresolvedOutcomes.class).resolve(age, 100_000);
                out.println("Unresolved payments looked up with their schemes: " + resolved + " resolved");
            }
        }
        out.flush();
        return !files.isEmpty() && alreadyDone == files.size() ? ExitCodes.ALREADY_DONE : exitCode;
    }

    private Duration age() {
        try {
            return SinceOption.duration(pendingAge);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--pending-age '" + pendingAge + "' is not a duration "
                    + "such as 48h, 3d or PT36H");
        }
    }

    private static void print(PrintWriter out, ReconciliationResult result) {
        out.printf("%s (%s): execution %d %s%n", result.file(), result.format(), result.executionId(), result.status());
        out.printf("   entries %d: %s, duplicates %d; exceptions %d%n", result.entriesRead(), result.outcomes(),
                result.duplicates(), result.exceptions());
        for (ReconciliationResult.ControlTotal total : result.totals()) {
            out.printf("   %s %s: booked %s in %d entr%s, submitted %s in %d payment(s)%s%n", total.batchId(),
                    total.currency(), total.reported().stripTrailingZeros().toPlainString(), total.entries(),
                    total.entries() == 1 ? "y" : "ies", total.submitted().stripTrailingZeros().toPlainString(),
                    total.payments(), total.matches() ? "" : "  << differs");
        }
        if (result.status() != BatchStatus.COMPLETED) {
            out.println("   failed: " + result.exitDescription().lines().findFirst().orElse(""));
        }
    }
}
