package dev.settle.bench;

import dev.settle.reconciliation.ReconciliationResult;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.reconciliation.simulator.SimulationResult;
import dev.settle.settlement.SettlementRuns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The reconciliation job on a bank's answers to N payments: loads N due SEPA credit transfers for a fresh tenant
 * and settles them (the set-up, reported but not the measure), has the bank simulator answer every published file
 * with a pain.002 status report and a camt.054 notification carrying one entry per payment, then reconciles the
 * status reports and the notifications through the real job, one execution per file, and reports each stage's
 * entries, seconds and peak heap, what became of the entries and where the instructions ended.
 */
@Service
public class ReconciliationBenchmark {

    private static final String STATUS_REPORTS = ".pain002.xml";
    private static final String NOTIFICATIONS = ".camt054.xml";

    private final SettlementBenchData data;
    private final SettlementRuns settlements;
    private final ReconciliationRuns reconciliations;
    private final JdbcTemplate jdbc;

    public ReconciliationBenchmark(SettlementBenchData data, SettlementRuns settlements,
            ReconciliationRuns reconciliations, JdbcTemplate jdbc) {
        this.data = data;
        this.settlements = settlements;
        this.reconciliations = reconciliations;
        this.jdbc = jdbc;
    }

    /** One stage: the rows it handled (payments or report entries), its time and the peak heap while it ran. */
    public record Stage(String name, String status, long rows, double seconds, double rowsPerSecond,
            long peakHeapBytes) {

        static Stage of(String name, String status, long rows, long startedNanos, long peakHeapBytes) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            return new Stage(name, status, rows, seconds, seconds > 0 ? rows / seconds : 0, peakHeapBytes);
        }
    }

    /**
     * A run's figures.
     *
     * @param outcomes report entries by what became of them, over every file
     * @param instructions the tenant's instructions by status at the end
     */
    public record Result(int payments, double loadSeconds, List<Stage> stages, Map<String, Long> outcomes,
            long exceptions, Map<String, Long> instructions, String reportDirectory) {

        /** True when every stage completed. */
        public boolean completed() {
            return stages.stream().allMatch(stage -> stage.status().equals(BatchStatus.COMPLETED.name()));
        }
    }

    public Result run(int payments, long seed, Path workDir) throws Exception {
        long loadStarted = System.nanoTime();
        SettlementBenchData.Loaded loaded = data.load(payments, seed);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        List<Stage> stages = new ArrayList<>();

        long started = System.nanoTime();
        HeapPeak heap = HeapPeak.start();
        JobExecution settlement = settlements.run(loaded.businessDate(), loaded.schemeId());
        stages.add(Stage.of("settle (set-up: settlementJob)", settlement.getStatus().name(), payments, started,
                heap.bytes()));
        if (settlement.getStatus() != BatchStatus.COMPLETED) {
            return result(payments, loadSeconds, stages, List.of(), loaded, workDir);
        }

        Path reports = workDir.resolve(loaded.schemeId()).toAbsolutePath().normalize();
        started = System.nanoTime();
        heap = HeapPeak.start();
        BankSimulator bank = new BankSimulator();
        long answered = 0;
        for (Path file : BenchOutcomes.files(loaded.outputDirectory(), ".xml")) {
            SimulationResult answer = bank.simulate(file, reports, null);
            answered += answer.payments();
        }
        stages.add(Stage.of("simulate the bank's answers", BatchStatus.COMPLETED.name(), answered, started,
                heap.bytes()));

        List<ReconciliationResult> results = new ArrayList<>();
        for (String kind : List.of(STATUS_REPORTS, NOTIFICATIONS)) {
            started = System.nanoTime();
            heap = HeapPeak.start();
            List<ReconciliationResult> ofKind = new ArrayList<>();
            for (Path report : BenchOutcomes.files(reports, kind)) {
                ofKind.add(reconciliations.reconcile(report));
            }
            results.addAll(ofKind);
            stages.add(Stage.of(kind.equals(STATUS_REPORTS) ? "reconcile status reports (pain.002)"
                    : "reconcile notifications (camt.054)", BenchOutcomes.status(ofKind),
                    ofKind.stream().mapToLong(ReconciliationResult::entriesRead).sum(), started, heap.bytes()));
        }
        return result(payments, loadSeconds, stages, results, loaded, reports);
    }

    private Result result(int payments, double loadSeconds, List<Stage> stages, List<ReconciliationResult> results,
            SettlementBenchData.Loaded loaded, Path reports) {
        return new Result(payments, loadSeconds, stages, BenchOutcomes.outcomes(results),
                results.stream().mapToLong(ReconciliationResult::exceptions).sum(),
                BenchOutcomes.instructionStatuses(jdbc, loaded.tenantId()), reports.toString());
    }
}
