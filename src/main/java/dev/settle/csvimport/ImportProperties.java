package dev.settle.csvimport;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the CSV imports ({@code settle.import.*}).
 *
 * @param chunkSize rows per transaction
 * @param outputDir where each import's error report goes (one folder per import); empty means
 *     {@code <settle.data-dir>/imports}
 * @param maxRejectedRows the import fails once more rows than this are rejected; -1 for no count limit
 * @param maxRejectedPercent the import fails once more than this share of the rows read is rejected
 * @param minRowsForPercent the share is only judged once this many rows were read (and at the end), so a few
 *     bad rows at the top of a good file do not stop it
 */
@Validated
@ConfigurationProperties("settle.import")
public record ImportProperties(
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("") String outputDir,
        @DefaultValue("-1") long maxRejectedRows,
        @DefaultValue("50") double maxRejectedPercent,
        @DefaultValue("1000") long minRowsForPercent) {

    public ImportProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("settle.import.chunk-size must be at least 1, got " + chunkSize);
        }
        if (maxRejectedPercent < 0 || maxRejectedPercent > 100) {
            throw new IllegalArgumentException("settle.import.max-rejected-percent must be 0-100, got "
                    + maxRejectedPercent);
        }
    }

    /** The folder of the reports, resolved against the data directory when not set. */
    public Path outputDirectory(Path dataDir) {
        return outputDir.isBlank() ? dataDir.resolve("imports") : Path.of(outputDir);
    }
}
