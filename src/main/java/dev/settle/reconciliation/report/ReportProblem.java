package dev.settle.reconciliation.report;

/**
 * Something in a report file a reader could not take as it stands: a schema violation, an entry without the
 * identifiers needed to match it, an amount that is not a number. Reading goes on where it safely can; the
 * problems are reported with the file.
 *
 * @param position the 1-based entry (or line) it concerns, 0 for the file as a whole
 * @param message what is wrong, naming the element or column
 */
public record ReportProblem(int position, String message) {
}
