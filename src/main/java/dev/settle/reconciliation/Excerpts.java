package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;

/**
 * An entry as the exceptions inbox shows it: its identifiers, status, reason, amount and dates. Report entries
 * carry no account numbers or names, so nothing here is personal data.
 */
final class Excerpts {

    private Excerpts() {
    }

    static String of(ReportEntry entry) {
        StringBuilder text = new StringBuilder();
        append(text, "type", entry.type() + "/" + entry.scope());
        append(text, "message", entry.originalMessageId());
        append(text, "block", entry.originalBlockId());
        append(text, "endToEndId", entry.endToEndId());
        append(text, "status", entry.status());
        append(text, "reason", entry.reasonCode());
        append(text, "amount", entry.amount() == null ? null : entry.amount().toPlainString() + " "
                + (entry.currency() == null ? "" : entry.currency()));
        append(text, "booked", entry.bookingDate());
        append(text, "value", entry.valueDate());
        append(text, "reference", entry.schemeReference());
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
