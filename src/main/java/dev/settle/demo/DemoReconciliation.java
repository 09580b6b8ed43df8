package dev.settle.demo;

import dev.settle.reconciliation.ReconciliationResult;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.reconciliation.simulator.SimulationResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;

/**
 * The closing part of the demo: the bank simulator answers every SEPA file the nights published with a pain.002
 * and a camt.054, the reconciliation applies them, and the instructions end as the simulator's rules say. The
 * {@code SANDBOX-GBP} payments stay {@code PROCESSING}: accepted by the scheme's API, their settlement would come
 * from the PSP's report.
 */
public final class DemoReconciliation {

    /** How the demo tenant's instructions stand once the bank's answers are reconciled. */
    static final Map<String, Integer> EXPECTED_STATUSES = Map.of("COMPLETED", 42, "FAILED", 5, "PROCESSING", 3,
            "CANCELLED", 2, "INCOMPLETE", 1, "READY", 3);

    private final ReconciliationRuns reconciliation;
    private final TenantApiClient api;
    private final PrintWriter out;
    private int unmet;

    public DemoReconciliation(ReconciliationRuns reconciliation, TenantApiClient api, PrintWriter out) {
        this.reconciliation = reconciliation;
        this.api = api;
        this.out = out;
    }

    /** Answers and reconciles the files under {@code outbox}; answers how many outcomes were not as expected. */
    public int run(Path outbox, Path bank) throws Exception {
        out.println();
        out.println("10. The bank answers every file (settle simulate bank <file> --out <dir>), then "
                + "settle reconcile <answers>");
        for (Path file : published(outbox)) {
            SimulationResult answer = new BankSimulator().simulate(file, bank, null);
            out.printf("   %-8s %3d payment(s): %d accepted, %d rejected, %d returned%n", answer.messageId(),
                    answer.payments(), answer.accepted() - answer.returned(), answer.rejected(), answer.returned());
            for (Path report : List.of(answer.statusReport(), answer.notification())) {
                ReconciliationResult result = reconciliation.reconcile(report);
                boolean met = result.status() == BatchStatus.COMPLETED && result.exceptions() == 0;
                unmet += met ? 0 : 1;
                out.printf("%s%-24s %s, exceptions %d%n", met ? " ok   " : " !!   ", report.getFileName(),
                        result.outcomes(), result.exceptions());
            }
        }
        unmet += api.checkStatuses(out, EXPECTED_STATUSES);
        out.flush();
        return unmet;
    }

    private static List<Path> published(Path outbox) throws Exception {
        try (Stream<Path> files = Files.walk(outbox)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
