package dev.settle.bench;

import dev.settle.csvimport.ImportJobs;
import dev.settle.csvimport.ImportResult;
import dev.settle.csvimport.ImportService;
import dev.settle.schemeconfig.SchemeCatalog;
import dev.settle.schemeconfig.SchemeDefinition;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Imports generated files through the real {@code fiImportJob} and {@code csvImportJob} for a fresh tenant and
 * measures each: rows, seconds, rows/s and the peak heap the stage needed.
 */
@Service
public class ImportBenchmark {

    private static final LocalDate SETTLED_BY = LocalDate.of(2031, 3, 17);
    private static final BenchmarkFiles.Routes ROUTES = new BenchmarkFiles.Routes(
            new BenchmarkFiles.Route("SEPA-CT-EUR", SETTLED_BY), new BenchmarkFiles.Route("SEPA-DD-EUR", SETTLED_BY),
            new BenchmarkFiles.Route("SANDBOX-GBP", SETTLED_BY), List.of("GBP"));

    private final TenantAdministration tenants;
    private final SchemeRepository schemes;
    private final ImportService imports;
    private final Clock clock;
    private final SchemeCatalog catalog;

    public ImportBenchmark(TenantAdministration tenants, SchemeRepository schemes, ImportService imports, Clock clock,
            SchemeCatalog catalog) {
        this.tenants = tenants;
        this.schemes = schemes;
        this.imports = imports;
        this.clock = clock;
        this.catalog = catalog;
    }

    /** One measured stage. */
    public record Stage(String name, String status, long rows, double seconds, double rowsPerSecond, long peakHeapBytes,
            long stored, long rejected) {
    }

    public List<Stage> run(int rows, long seed, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        int instrumentCount = Math.max(1, Math.min(rows, 10_000));
        Path instrumentFile = BenchmarkFiles.instruments(workDir.resolve("bench-instruments-" + seed + ".csv"), seed,
                instrumentCount);
        Path instructionFile = BenchmarkFiles.instructions(workDir.resolve("bench-instructions-" + rows + "-" + seed
                + ".csv"), seed, rows, instrumentCount, ROUTES);
        Tenant tenant = tenants.createTenant("bench", "bench-" + clock.instant().toEpochMilli());
        for (SchemeDefinition scheme : benchSchemes()) {
            schemes.insert(catalog.toConfig(scheme, tenant.id()));
        }
        List<Stage> stages = new ArrayList<>();
        stages.add(measure("import instruments", () -> imports.importFile(ImportJobs.INSTRUMENTS_JOB, instrumentFile,
                tenant.id().toString())));
        stages.add(measure("import instructions", () -> imports.importFile(ImportJobs.INSTRUCTIONS_JOB,
                instructionFile, tenant.id().toString())));
        return stages;
    }

    private static Stage measure(String name, ImportRun run) throws Exception {
        HeapPeak heap = HeapPeak.start();
        long started = System.nanoTime();
        ImportResult result = run.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.bytes();
        long rows = result.readThisRun();
        return new Stage(name, result.status().name(), rows, seconds, rows / seconds, peak, result.counts().stored(),
                result.counts().rejected());
    }

    private static List<SchemeDefinition> benchSchemes() {
        return List.of(
                new SchemeDefinition("SEPA-CT-EUR", "Bench SEPA credit", "SEPA_SCT", List.of("EUR"), List.of("CREDIT"),
                        "TARGET2", 1, "14:00", "Europe/Brussels", true, 100_000, Map.of()),
                new SchemeDefinition("SEPA-DD-EUR", "Bench SEPA debit", "SEPA_SDD_CORE", List.of("EUR"),
                        List.of("DEBIT"), "TARGET2", 2, "12:00", "Europe/Brussels", false, 100_000, Map.of()),
                new SchemeDefinition("SANDBOX-GBP", "Bench sandbox GBP", "SANDBOX", List.of("GBP"),
                        List.of("CREDIT", "DEBIT"), "UK", 0, "16:00", "Europe/London", true, 100_000, Map.of()));
    }

    @FunctionalInterface
    private interface ImportRun {
        ImportResult run() throws Exception;
    }
}
