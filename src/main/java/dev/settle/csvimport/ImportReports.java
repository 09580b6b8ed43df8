package dev.settle.csvimport;

import dev.settle.system.SettleProperties;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** Where an import's report folder is: one per import (job instance), under the configured output folder. */
@Component
public class ImportReports {

    private final Path root;

    public ImportReports(ImportProperties properties, SettleProperties settle) {
        this.root = properties.outputDirectory(settle.dataDir());
    }

    /** The folder holding every import's report folder and the uploads. */
    public Path root() {
        return root;
    }

    public Path folder(String jobName, long importId) {
        return root.resolve(jobName + "-" + importId);
    }

    /** Where files uploaded through the API are kept: they stay the input of their import, for restarts. */
    public Path uploads() {
        return root.resolve("uploads");
    }

    public Path errors(String jobName, long importId) {
        return folder(jobName, importId).resolve("errors.csv");
    }

    public Path summary(String jobName, long importId) {
        return folder(jobName, importId).resolve("summary.json");
    }
}
