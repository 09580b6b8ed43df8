package dev.settle.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the settlement of a business date stands at, from the ledger: per scheme, the attempts of the date by
 * ledger state; per submitted batch (file or API call) and currency, its control totals and where it went.
 *
 * @param lateMarked instructions this execution marked {@code LATE}
 */
public record SettlementReport(LocalDate businessDate, long executionId, long lateMarked, List<SchemeLine> schemes,
        List<BatchLine> batches) {

    /** One scheme's attempts of the date in one ledger state. */
    public record SchemeLine(String tenantId, String schemeId, String state, String currency, long payments,
            BigDecimal amount) {
    }

    /**
     * One submitted batch's control totals in one currency.
     *
     * @param reference where it went: the published file, or the scheme's batch reference
     */
    public record BatchLine(String tenantId, String schemeId, String writerType, String batchId, String currency,
            long payments, BigDecimal controlSum, String reference) {
    }

    /** The report as an operator reads it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Settlement of business date ").append(businessDate).append(" (execution ").append(executionId)
                .append(")\n");
        out.append("  marked LATE: ").append(lateMarked).append('\n');
        if (schemes.isEmpty()) {
            out.append("  nothing was claimed for this business date\n");
        }
        String scheme = null;
        for (SchemeLine line : schemes) {
            String name = line.tenantId() + "/" + line.schemeId();
            if (!name.equals(scheme)) {
                out.append("  scheme ").append(line.schemeId()).append(" (tenant ").append(line.tenantId())
                        .append(")\n");
                scheme = name;
            }
            out.append(String.format("    %-10s %8d  %s %s%n", line.state(), line.payments(),
                    line.amount().toPlainString(), line.currency()));
        }
        if (!batches.isEmpty()) {
            out.append("  batches submitted (control totals):\n");
        }
        for (BatchLine batch : batches) {
            out.append(String.format("    %-12s %-14s %-14s %8d  %s %s  %s%n", batch.batchId(), batch.schemeId(),
                    batch.writerType(), batch.payments(), batch.controlSum().toPlainString(), batch.currency(),
                    batch.reference() == null ? "" : batch.reference()));
        }
        return out.toString();
    }
}
