package dev.settle.demo;

import dev.settle.settlement.SettlementReport;
import dev.settle.settlement.SettlementRuns;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The nightly part of the demo: runs {@code settlementJob} for every day from today until every API sample is
 * due, then for the business dates of the CSV samples in March 2031, shows what each night submitted and where,
 * and checks that every instruction due by then was submitted once, on time, and nothing else.
 */
public final class DemoSettlement {

    /** The nights of the CSV samples: a Friday and the Monday after it. */
    static final List<LocalDate> CSV_NIGHTS = List.of(LocalDate.of(2031, 3, 14), LocalDate.of(2031, 3, 17));
    /** How the demo tenant's instructions stand at the end. */
    static final Map<String, Integer> EXPECTED_STATUSES = Map.of("PROCESSING", 50, "CANCELLED", 2, "INCOMPLETE", 1,
            "READY", 3);

    private final SettlementRuns runs;
    private final TenantApiClient api;
    private final PrintWriter out;
    private int unmet;

    public DemoSettlement(SettlementRuns runs, TenantApiClient api, PrintWriter out) {
        this.runs = runs;
        this.api = api;
        this.out = out;
    }

    /** Runs the nights from {@code today}; answers how many outcomes were not as expected. */
    public int run(LocalDate today) throws Exception {
        out.println();
        out.println("9. Nightly settlement (settle run settlementJob businessDate=<date>), one run per night");
        List<LocalDate> nights = new ArrayList<>();
        for (LocalDate night = today; !night.isAfter(today.plusDays(14)); night = night.plusDays(1)) {
            nights.add(night);
        }
        nights.addAll(CSV_NIGHTS);
        List<String> files = new ArrayList<>();
        for (LocalDate night : nights) {
            JobExecution execution = runs.run(night, null);
            SettlementReport report = runs.report(execution);
            boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
            unmet += completed ? 0 : 1;
            if (!completed || !report.batches().isEmpty() || report.lateMarked() > 0) {
                out.printf("%s%s %-9s late %d%n", completed ? " ok " : " !! ", night, execution.getStatus(),
                        report.lateMarked());
            }
            for (SettlementReport.BatchLine batch : report.batches()) {
                if (files.contains(batch.batchId())) {
                    continue;
                }
                files.add(batch.batchId());
                out.printf("      %-12s %-12s %3d payment(s) %10s %s  %s%n", batch.schemeId(), batch.batchId(),
                        batch.payments(), batch.controlSum().toPlainString(), batch.currency(),
                        describe(batch.reference()));
            }
        }
        out.println("   (nights with nothing due are not shown; each night's report is under <data-dir>/reports)");
        unmet += api.checkStatuses(out, EXPECTED_STATUSES);
        out.flush();
        return unmet;
    }

    // A file by its path relative to the working directory; an API batch by its reference.
    private static String describe(String reference) {
        if (reference == null || !reference.endsWith(".xml")) {
            return "sent to the scheme's API";
        }
        Path file = Path.of(reference);
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
    }
}
