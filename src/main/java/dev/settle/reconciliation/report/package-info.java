/**
 * Readers of what schemes report back: pain.002 status reports, camt.054 / camt.053 notifications and statements,
 * and the PSP settlement CSV, each streamed in constant memory into {@link dev.settle.reconciliation.report.ReportEntry}
 * values, the format recognised from the content.
 */
package dev.settle.reconciliation.report;
