package dev.settle.csvimport;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * After every run of an import, successful or not, writes its report folder: {@code errors.csv} (every rejected
 * row in file order, personal data masked) and {@code summary.json} (status and counts). Both are rebuilt from
 * the stored outcomes, so a restarted import's report covers all its runs. Written to a temporary file, then
 * moved into place, so a reader never sees half a report.
 */
@Component
public class ErrorReportListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorReportListener.class);
    private static final String[] HEADER = {"line", "orderRef", "instructionRef", "customerRef", "errorCodes", "messages",
        "row"};

    private final ImportOutcomeStore outcomes;
    private final ImportReports reports;
    private final JsonMapper json;

    public ErrorReportListener(ImportOutcomeStore outcomes, ImportReports reports, JsonMapper json) {
        this.outcomes = outcomes;
        this.reports = reports;
        this.json = json;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        long importId = execution.getJobInstance().getInstanceId();
        try {
            Files.createDirectories(reports.folder(job, importId));
            writeErrors(reports.errors(job, importId), importId);
            writeSummary(reports.summary(job, importId), execution, ImportCounts.of(outcomes, importId));
        } catch (IOException | RuntimeException e) {
            // The import's own outcome stands; the report can be rebuilt from the stored outcomes.
            log.error("Could not write the report of {} execution {} to {}", job, execution.getId(),
                    reports.folder(job, importId), e);
        }
    }

    private void writeErrors(Path target, long importId) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                ICSVWriter csv = new CSVWriterBuilder(writer).build()) {
            csv.writeNext(HEADER, false);
            outcomes.forEachRejected(importId, row -> csv.writeNext(row, false));
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeSummary(Path target, JobExecution execution, ImportCounts counts) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", execution.getJobInstance().getJobName());
        summary.put("executionId", execution.getId());
        summary.put("status", execution.getStatus().name());
        summary.put("exitDescription", execution.getExitStatus().getExitDescription());
        summary.put("parameters", execution.getJobParameters().toString());
        summary.put("read", counts.read());
        summary.put("stored", counts.stored());
        summary.put("unchanged", counts.unchanged());
        summary.put("rejected", counts.rejected());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), summary);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
