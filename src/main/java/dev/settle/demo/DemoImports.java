package dev.settle.demo;

import dev.settle.csvimport.ImportCounts;
import dev.settle.csvimport.ImportJobs;
import dev.settle.csvimport.ImportRefusedException;
import dev.settle.csvimport.ImportResult;
import dev.settle.csvimport.ImportService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;

/**
 * The CSV part of the demo: imports the files of {@code sample-data/csv} for the demo tenant in the order of
 * their README, checks each outcome against it, and shows the beginning of an error report.
 */
public final class DemoImports {

    private final ImportService imports;
    private final TenantApiClient api;
    private final Path directory;
    private final PrintWriter out;
    private int unmet;

    public DemoImports(ImportService imports, TenantApiClient api, Path directory, PrintWriter out) {
        this.imports = imports;
        this.api = api;
        this.directory = directory;
        this.out = out;
    }

    /** Runs the imports; answers how many outcomes were not as expected. */
    public int run() throws Exception {
        String tenant = api.key().tenantId().toString();
        out.println();
        out.println("8. Import CSV files (settle import instruments|instructions <file> --tenant demo)");
        expect(ImportJobs.INSTRUMENTS_JOB, "instruments-valid.csv", tenant, BatchStatus.COMPLETED, 6, 0, 0);
        expect(ImportJobs.INSTRUCTIONS_JOB, "instructions-valid-multi-currency.csv", tenant, BatchStatus.COMPLETED, 10, 0, 0);
        ImportResult everyKind = expect(ImportJobs.INSTRUCTIONS_JOB, "instructions-invalid-every-kind.csv", tenant,
                BatchStatus.COMPLETED, 30, 0, 18);
        out.println("   first rejected rows of " + everyKind.errorReport() + ":");
        try (var lines = Files.lines(everyKind.errorReport())) {
            lines.skip(1).limit(4).forEach(line -> out.println("     " + abbreviate(line)));
        }
        expect(ImportJobs.INSTRUCTIONS_JOB, "instructions-invalid-mostly-bad.csv", tenant, BatchStatus.FAILED, 2, 0, 8);
        int cancelled = api.post("/v2/order-management/ORD-2001/instruction/PAY-3/cancel",
                Map.of("reason", "demo: cancelled before the re-send")).status();
        out.println((cancelled == 204 ? " ok " : " !! ") + "cancel ORD-2001/PAY-3 through the API -> " + cancelled);
        unmet += cancelled == 204 ? 0 : 1;
        expect(ImportJobs.INSTRUCTIONS_JOB, "instructions-resend-after-cancel.csv", tenant, BatchStatus.COMPLETED, 1, 1, 2);
        expect(ImportJobs.INSTRUCTIONS_JOB, "instructions-valid-bank-answers.csv", tenant, BatchStatus.COMPLETED, 8, 0, 0);
        try {
            imports.importFile(ImportJobs.INSTRUCTIONS_JOB, directory.resolve("instructions-valid-multi-currency.csv"),
                    tenant);
            out.println(" !! importing instructions-valid-multi-currency.csv again was not refused");
            unmet++;
        } catch (ImportRefusedException refused) {
            out.println(" ok instructions-valid-multi-currency.csv again -> refused: " + abbreviate(refused.getMessage()));
        }
        out.flush();
        return unmet;
    }

    private ImportResult expect(String job, String file, String tenant, BatchStatus status, long stored, long unchanged,
            long rejected) throws Exception {
        ImportResult result = imports.importFile(job, directory.resolve(file), tenant);
        boolean met = result.status() == status && result.counts().equals(new ImportCounts(stored, unchanged, rejected));
        out.printf("%s%-40s %-9s stored %3d, unchanged %d, rejected %2d%s%n", met ? " ok " : " !! ", file,
                result.status(), result.counts().stored(), result.counts().unchanged(), result.counts().rejected(),
                result.status() == BatchStatus.COMPLETED ? "" : " (" + abbreviate(reason(result)) + ")");
        if (!met) {
            out.printf("    expected %s with stored %d, unchanged %d, rejected %d%n", status, stored, unchanged, rejected);
            unmet++;
        }
        return result;
    }

    private static String reason(ImportResult result) {
        String description = result.exitDescription() == null ? "" : result.exitDescription();
        int marker = description.indexOf("TooManyRejectedRowsException: ");
        String text = marker < 0 ? description : description.substring(marker + "TooManyRejectedRowsException: ".length());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String abbreviate(String text) {
        return text.length() <= 150 ? text : text.substring(0, 147) + "...";
    }
}
