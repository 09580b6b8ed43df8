package dev.settle.bench;

import dev.settle.csvimport.ImportJobs;
import dev.settle.csvimport.ImportResult;
import dev.settle.csvimport.ImportService;
import dev.settle.csvimport.PostgresCopy;
import dev.settle.reconciliation.ReconciliationResult;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.reconciliation.simulator.BankSimulator;
import dev.settle.settlement.SettlementJobs;
import dev.settle.settlement.SettlementProperties;
import dev.settle.settlement.SettlementRuns;
import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The whole nightly cycle on N generated instructions, each stage through the real job, each next to PostgreSQL's
 * floor for the same rows measured in the same run ({@link PostgresFloor}):
 * <ol>
 * <li>import the instrument file ({@code fiImportJob}) and the instruction file ({@code csvImportJob}) for a new
 * tenant; floor: {@code COPY} of the same CSV into an equally indexed table;</li>
 * <li>settle the business date, one {@code settlementJob} run per scheme, as many at once as the nightly run
 * settles schemes at once; floor: one {@code UPDATE} of every row and one {@code COPY … TO} of every row;</li>
 * <li>have the bank simulator answer every SEPA file (the bank's work, so no floor);</li>
 * <li>reconcile the status reports and then the notifications ({@code reconciliationJob}, one execution per
 * file); floor: one {@code UPDATE} of every row for each.</li>
 * </ol>
 * A stage that does not complete ends the cycle; the result says which.
 */
@Service
public class CycleBenchmark {

    private static final String STATUS_REPORTS = ".pain002.xml";
    private static final String NOTIFICATIONS = ".camt054.xml";
    private static final int STAGES = 6;

    private final TenantAdministration tenants;
    private final CycleSchemes schemes;
    private final ImportService imports;
    private final SettlementRuns settlements;
    private final SettlementProperties settlement;
    private final ReconciliationRuns reconciliations;
    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PostgresCopy copy;
    private final Clock clock;

    public CycleBenchmark(TenantAdministration tenants, CycleSchemes schemes, ImportService imports,
            SettlementRuns settlements, SettlementProperties settlement, ReconciliationRuns reconciliations,
            JobRepository jobRepository, JdbcTemplate jdbc, DataSource dataSource, PostgresCopy copy, Clock clock) {
        this.tenants = tenants;
        this.schemes = schemes;
        this.imports = imports;
        this.settlements = settlements;
        this.settlement = settlement;
        this.reconciliations = reconciliations;
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.copy = copy;
        this.clock = clock;
    }

    /**
     * One stage of the cycle.
     *
     * @param unit what {@code rows} counts: instruments, instructions, payments or report entries
     * @param floor what PostgreSQL alone did for the same rows, or null where the stage has no floor
     * @param ratio {@code seconds / floorSeconds}, or null without a floor
     */
    public record Stage(String name, String status, long rows, String unit, double seconds, double rowsPerSecond,
            long peakHeapBytes, String floor, Double floorSeconds, Double ratio) {

        static Stage of(String name, String status, long rows, String unit, double seconds, long peakHeapBytes,
                String floor, Double floorSeconds) {
            return new Stage(name, status, rows, unit, seconds, seconds > 0 ? rows / seconds : 0, peakHeapBytes,
                    floor, floorSeconds, floorSeconds == null || floorSeconds <= 0 ? null : seconds / floorSeconds);
        }

        boolean completed() {
            return status.equals(BatchStatus.COMPLETED.name());
        }
    }

    /**
     * A run's figures.
     *
     * @param generateSeconds writing the CSV files (set-up, outside the cycle)
     * @param cycleSeconds the stages' seconds added up
     * @param floorSeconds the floors' seconds added up
     * @param answeredAtSubmission payments the PSP scheme answered when they were submitted
     * @param outcomes report entries by what became of them, over every report
     * @param instructions the instructions generated
     * @param instructionStatuses the tenant's instructions by status at the end
     */
    public record Result(int instructions, long seed, String businessDate, String workDirectory,
            double generateSeconds, List<Stage> stages, double cycleSeconds, double floorSeconds,
            long answeredAtSubmission, Map<String, Long> outcomes, long exceptions,
            Map<String, Long> instructionStatuses, long maxHeapBytes) {

        /** True when every stage completed. */
        public boolean completed() {
            return stages.size() == STAGES && stages.stream().allMatch(Stage::completed);
        }
    }

    /**
     * Runs the cycle on {@code instructions} generated instructions for a new tenant, its files under a new
     * directory of {@code workDir}.
     *
     * @throws IllegalStateException on a database other than PostgreSQL, before anything is written
     */
    public Result run(int instructions, long seed, Path workDir) throws Exception {
        if (!copy.available()) {
            throw new IllegalStateException("The cycle benchmark measures PostgreSQL's floor with COPY, so it needs "
                    + "a PostgreSQL database: set --spring.datasource.url to one (the embedded database has no COPY).");
        }
        long stamp = clock.millis();
        Path directory = workDir.resolve("cycle-" + stamp).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        Tenant tenant = tenants.createTenant("bench", "bench-cycle-" + stamp);
        CycleSchemes.Run run = schemes.create(tenant.id(), String.valueOf(stamp), directory.resolve("out"));

        long started = System.nanoTime();
        int instrumentCount = Math.max(1, Math.min(instructions, 10_000));
        Path instrumentFile = BenchmarkFiles.instruments(directory.resolve("instruments.csv"), seed, instrumentCount);
        Path instructionFile = BenchmarkFiles.instructions(directory.resolve("instructions.csv"), seed, instructions,
                instrumentCount, run.routes());
        double generateSeconds = seconds(started);

        List<Stage> stages = new ArrayList<>();
        List<ReconciliationResult> reports = new ArrayList<>();
        try (PostgresFloor floor = PostgresFloor.create(dataSource, String.valueOf(stamp))) {
            stages(tenant, run, instrumentFile, instructionFile, directory, floor, stages, reports);
        }
        return result(instructions, seed, run, directory, generateSeconds, stages, reports, tenant);
    }

    private void stages(Tenant tenant, CycleSchemes.Run run, Path instrumentFile, Path instructionFile,
            Path directory, PostgresFloor floor, List<Stage> stages, List<ReconciliationResult> reports)
            throws Exception {
        if (!add(stages, importStage("import instruments (fiImportJob)", ImportJobs.INSTRUMENTS_JOB, instrumentFile,
                tenant, "instruments", "COPY of the same CSV", () -> floor.copyInstruments(instrumentFile)))) {
            return;
        }
        if (!add(stages, importStage("import instructions (csvImportJob)", ImportJobs.INSTRUCTIONS_JOB,
                instructionFile, tenant, "instructions", "COPY of the same CSV",
                () -> floor.copyInstructions(instructionFile)))) {
            return;
        }
        if (!add(stages, settle(run, floor, directory.resolve("floor-out.csv")))) {
            return;
        }
        Path answers = directory.resolve("answers");
        if (!add(stages, answer(run, answers))) {
            return;
        }
        if (!add(stages, reconcile("reconcile status reports (pain.002)", answers, STATUS_REPORTS, reports,
                () -> floor.updateEveryInstruction("ACCEPTED")))) {
            return;
        }
        add(stages, reconcile("reconcile notifications (camt.054)", answers, NOTIFICATIONS, reports,
                () -> floor.updateEveryInstruction("COMPLETED")));
    }

    private static boolean add(List<Stage> stages, Stage stage) {
        stages.add(stage);
        return stage.completed();
    }

    private Stage importStage(String name, String job, Path file, Tenant tenant, String unit, String floorName,
            Floor floor) throws Exception {
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        ImportResult result = imports.importFile(job, file, tenant.id().toString());
        double seconds = seconds(started);
        long peak = heap.bytes();
        return Stage.of(name, result.status().name(), result.counts().stored(), unit, seconds, peak, floorName,
                floor.seconds());
    }

    private Stage settle(CycleSchemes.Run run, PostgresFloor floor, Path floorOut) throws Exception {
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        List<JobExecution> executions = new ArrayList<>();
        // As many schemes at once as the nightly run settles (settle.settlement.scheme-threads).
        ExecutorService threads = Executors.newFixedThreadPool(settlement.schemeThreads());
        try {
            List<Future<JobExecution>> runs = new ArrayList<>();
            for (String schemeId : run.schemeIds()) {
                runs.add(threads.submit(() -> settlements.run(run.businessDate(), schemeId)));
            }
            for (Future<JobExecution> execution : runs) {
                executions.add(jobRepository.getJobExecution(execution.get().getId()));
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = seconds(started);
        long peak = heap.bytes();
        long claimed = 0;
        long submitted = 0;
        BatchStatus status = BatchStatus.COMPLETED;
        for (JobExecution execution : executions) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStepName().startsWith(SettlementJobs.SETTLE_SCHEME_STEP + ":")) {
                    claimed += step.getReadCount();
                    submitted += step.getWriteCount();
                }
            }
            if (execution.getStatus() != BatchStatus.COMPLETED && status == BatchStatus.COMPLETED) {
                status = execution.getStatus();
            }
        }
        if (claimed != submitted && status == BatchStatus.COMPLETED) {
            throw new IllegalStateException("settlementJob claimed " + claimed + " instructions of business date "
                    + run.businessDate() + " but submitted " + submitted);
        }
        double floorSeconds = floor.updateEveryInstruction("PROCESSING") + floor.copyOutInstructions(floorOut);
        return Stage.of("settle (settlementJob, " + run.schemeIds().size() + " schemes)", status.name(), claimed,
                "instructions", seconds, peak, "UPDATE of every row + COPY ... TO", floorSeconds);
    }

    private static Stage answer(CycleSchemes.Run run, Path answers) throws IOException {
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        BankSimulator bank = new BankSimulator();
        long payments = 0;
        for (Path outbox : run.fileOutboxes()) {
            for (Path file : BenchOutcomes.files(outbox, ".xml")) {
                payments += bank.simulate(file, answers, null).payments();
            }
        }
        double seconds = seconds(started);
        return Stage.of("bank simulator answers the SEPA files", BatchStatus.COMPLETED.name(), payments, "payments",
                seconds, heap.bytes(), null, null);
    }

    private Stage reconcile(String name, Path answers, String suffix, List<ReconciliationResult> reports,
            Floor floor) throws Exception {
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        List<ReconciliationResult> results = new ArrayList<>();
        for (Path report : BenchOutcomes.files(answers, suffix)) {
            results.add(reconciliations.reconcile(report));
        }
        double seconds = seconds(started);
        long peak = heap.bytes();
        reports.addAll(results);
        long entries = results.stream().mapToLong(ReconciliationResult::entriesRead).sum();
        return Stage.of(name, BenchOutcomes.status(results), entries, "entries", seconds, peak, "UPDATE of every row",
                floor.seconds());
    }

    private Result result(int instructions, long seed, CycleSchemes.Run run, Path directory, double generateSeconds,
            List<Stage> stages, List<ReconciliationResult> reports, Tenant tenant) {
        Long answered = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE tenant_id = ? AND scheme_id = ? "
                + "AND state IN ('ACCEPTED', 'REJECTED')", Long.class, tenant.id(), run.pspSchemeId());
        double cycle = stages.stream().mapToDouble(Stage::seconds).sum();
        double floor = stages.stream().map(Stage::floorSeconds).filter(s -> s != null).mapToDouble(s -> s).sum();
        return new Result(instructions, seed, run.businessDate().toString(), directory.toString(), generateSeconds,
                stages, cycle, floor, answered == null ? 0 : answered, BenchOutcomes.outcomes(reports),
                reports.stream().mapToLong(ReconciliationResult::exceptions).sum(),
                BenchOutcomes.instructionStatuses(jdbc, tenant.id()),
                Runtime.getRuntime().maxMemory());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** A floor measurement: its seconds. */
    @FunctionalInterface
    private interface Floor {
        double seconds() throws Exception;
    }
}
