package dev.settle.settlement;

import dev.settle.order.StoredAmount;
import dev.settle.system.SettleProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Builds the {@link SettlementReport} of a business date from the ledger and keeps its text under
 * {@code <data-dir>/reports/settlementJob-<businessDate>-<executionId>.txt}.
 */
@Repository
public class SettlementReports {

    private static final String BY_SCHEME_AND_STATE = """
            SELECT tenant_id, scheme_id, state, currency, COUNT(*) AS payments, SUM(amount) AS amount FROM submission
            WHERE business_date = :date AND (:scheme IS NULL OR scheme_id = :scheme)
            GROUP BY tenant_id, scheme_id, state, currency ORDER BY tenant_id, scheme_id, state, currency
            """;
    private static final String BATCHES = """
            SELECT tenant_id, scheme_id, writer_type, batch_id, currency, payment_count, control_sum, scheme_reference
            FROM submission_batch_total WHERE business_date = :date AND (:scheme IS NULL OR scheme_id = :scheme)
            ORDER BY tenant_id, scheme_id, submitted_at, batch_id, currency
            """;

    private final JdbcClient jdbc;
    private final Path directory;

    public SettlementReports(JdbcClient jdbc, SettleProperties settle) {
        this.jdbc = jdbc;
        this.directory = settle.dataDir().resolve("reports");
    }

    /** The report of an execution of the settlement job: its business date and scheme id, if it has one. */
    public SettlementReport report(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        LocalDate businessDate = (LocalDate) parameters.getParameter(SettlementJobs.BUSINESS_DATE).value();
        long lateMarked = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(SettlementJobs.MARK_LATE_STEP))
                .mapToLong(StepExecution::getWriteCount).sum();
        return report(businessDate, parameters.getString(SettlementJobs.SCHEME_ID), execution.getId(), lateMarked);
    }

    /** The report of a business date, of one scheme id or (null) of all. */
    public SettlementReport report(LocalDate businessDate, String schemeId, long executionId, long lateMarked) {
        List<SettlementReport.SchemeLine> schemes = jdbc.sql(BY_SCHEME_AND_STATE).param("date", businessDate)
                .param("scheme", schemeId, java.sql.Types.VARCHAR)
                .query((rs, n) -> new SettlementReport.SchemeLine(rs.getString("tenant_id"), rs.getString("scheme_id"),
                        rs.getString("state"), rs.getString("currency"), rs.getLong("payments"),
                        StoredAmount.of(rs.getBigDecimal("amount"), rs.getString("currency"))))
                .list();
        List<SettlementReport.BatchLine> batches = jdbc.sql(BATCHES).param("date", businessDate)
                .param("scheme", schemeId, java.sql.Types.VARCHAR)
                .query((rs, n) -> new SettlementReport.BatchLine(rs.getString("tenant_id"), rs.getString("scheme_id"),
                        rs.getString("writer_type"), rs.getString("batch_id"), rs.getString("currency"),
                        rs.getLong("payment_count"), StoredAmount.of(rs.getBigDecimal("control_sum"), rs.getString("currency")),
                        rs.getString("scheme_reference")))
                .list();
        return new SettlementReport(businessDate, executionId, lateMarked, schemes, batches);
    }

    /** Writes the report's text and answers where. */
    public Path keep(SettlementReport report) {
        Path file = file(report.businessDate(), report.executionId());
        try {
            Files.createDirectories(directory);
            Files.writeString(file, report.text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the settlement report " + file + ": " + e.getMessage(), e);
        }
    }

    /** The folder every kept report is in. */
    public Path directory() {
        return directory;
    }

    /** Where the report of an execution is kept. */
    public Path file(LocalDate businessDate, long executionId) {
        return directory.resolve("settlementJob-" + businessDate + "-" + executionId + ".txt");
    }

}
