package dev.settle.housekeeping;

import dev.settle.csvimport.ImportReports;
import dev.settle.scheme.sepa.SepaProperties;
import dev.settle.settlement.SettlementReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes old files under the data directory: kept settlement reports, import uploads and import report folders,
 * and published SEPA files with their manifests. Kept: an upload that an unfinished import reads, the report folder
 * of an unfinished import, and a published file whose payments are not all answered or whose business date has an
 * unfinished settlement (a restart finds its files again instead of writing them). A SEPA file without its manifest
 * is left alone: its publication never completed. Schemes that publish outside the outbox are not touched.
 */
@Component
class DataDirRetention {

    private static final Pattern IMPORT_FOLDER = Pattern.compile("[A-Za-z]+Job-(\\d+)");
    private static final String UNANSWERED = """
            SELECT COUNT(*) FROM submission WHERE batch_id = :batch AND state IN ('CLAIMED', 'SUBMITTED', 'PENDING', 'UNKNOWN')
            """;
    private static final String DATES = "SELECT DISTINCT business_date FROM submission WHERE batch_id = :batch";
    private static final String MANIFEST = ".manifest.json";

    private final Path reports;
    private final Path imports;
    private final Path uploads;
    private final Path outbox;
    private final JdbcClient jdbc;

    DataDirRetention(SettlementReports reports, ImportReports imports, SepaProperties sepa, JdbcClient jdbc) {
        this.reports = reports.directory();
        this.imports = imports.root();
        this.uploads = imports.uploads();
        this.outbox = sepa.outboxDir();
        this.jdbc = jdbc;
    }

    int deleteReports(Instant cutoff) {
        return deleteAll(ExpiredFiles.olderThan(reports, cutoff, Files::isRegularFile));
    }

    int deleteImportFiles(Instant cutoff, ExecutionsInUse.InUse inUse) {
        int deleted = deleteAll(ExpiredFiles.olderThan(uploads, cutoff, file -> Files.isRegularFile(file)
                && !inUse.inputFiles().contains(file.toAbsolutePath().normalize())));
        return deleted + deleteAll(ExpiredFiles.olderThan(imports, cutoff, folder -> {
            Matcher name = IMPORT_FOLDER.matcher(folder.getFileName().toString());
            return Files.isDirectory(folder) && name.matches()
                    && !inUse.instanceIds().contains(Long.parseLong(name.group(1)));
        }));
    }

    /** Deletes old published files of every {@code <outbox>/<tenant>/<scheme>} folder; answers how many files. */
    int deletePublishedFiles(Instant cutoff, ExecutionsInUse.InUse inUse) {
        int deleted = 0;
        for (Path tenant : ExpiredFiles.folders(outbox)) {
            for (Path scheme : ExpiredFiles.folders(tenant)) {
                for (Path file : ExpiredFiles.olderThan(scheme, cutoff, f -> f.getFileName().toString().endsWith(".xml")
                        && Files.isRegularFile(f.resolveSibling(f.getFileName() + MANIFEST)))) {
                    if (!needed(file, inUse)) {
                        // The manifest first: its presence tells a consumer the file is there and complete.
                        ExpiredFiles.delete(file.resolveSibling(file.getFileName() + MANIFEST));
                        ExpiredFiles.delete(file);
                        deleted++;
                    }
                }
            }
        }
        return deleted;
    }

    private boolean needed(Path file, ExecutionsInUse.InUse inUse) {
        String name = file.getFileName().toString();
        String batch = name.substring(0, name.length() - ".xml".length());
        if (jdbc.sql(UNANSWERED).param("batch", batch).query(Long.class).single() > 0) {
            return true;
        }
        return jdbc.sql(DATES).param("batch", batch).query(LocalDate.class).list().stream()
                .anyMatch(inUse.settlementDates()::contains);
    }

    private static int deleteAll(java.util.List<Path> paths) {
        paths.forEach(ExpiredFiles::delete);
        return paths.size();
    }
}
