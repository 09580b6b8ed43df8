package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.PspSettlementColumns.AMOUNT;
import static dev.settle.reconciliation.report.PspSettlementColumns.BOOKING_DATE;
import static dev.settle.reconciliation.report.PspSettlementColumns.CURRENCY;
import static dev.settle.reconciliation.report.PspSettlementColumns.FEE;
import static dev.settle.reconciliation.report.PspSettlementColumns.IDEMPOTENCY_KEY;
import static dev.settle.reconciliation.report.PspSettlementColumns.PSP_PAYMENT_ID;
import static dev.settle.reconciliation.report.PspSettlementColumns.PSP_REFERENCE;
import static dev.settle.reconciliation.report.PspSettlementColumns.REASON_CODE;
import static dev.settle.reconciliation.report.PspSettlementColumns.REASON_TEXT;
import static dev.settle.reconciliation.report.PspSettlementColumns.RECORD_TYPE;
import static dev.settle.reconciliation.report.PspSettlementColumns.VALUE_DATE;

import dev.settle.reconciliation.report.PspCsvRecords.Record;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns each line of a PSP settlement report into a {@link ReportEntry}, numbered in the order entries are given,
 * or, when anything on it is missing or unreadable, into one {@link ReportProblem} at its line number naming every
 * faulty column; such a line gives no entry, as a half-read settlement line could move the wrong payment.
 */
final class PspSettlementLines {

    /** First part of every entry key, so PSP keys never meet another format's. */
    static final String KEY_PREFIX = "psp";

    // What the ledger keeps of a line: entry keys up to 400 characters, reason codes up to 20, the code and text
    // together as additional information up to 500. A longer value is refused here, with its line, rather than
    // failing the reconciliation run when it is stored.
    static final int MAX_IDENTIFIER = 200;
    static final int MAX_REASON_CODE = 20;
    static final int MAX_REASON_TEXT = 400;

    private final PspSettlementColumns columns;
    private final Consumer<ReportProblem> problems;
    private int position;

    PspSettlementLines(PspSettlementColumns columns, Consumer<ReportProblem> problems) {
        this.columns = columns;
        this.problems = problems;
    }

    /** The line's entry, or null when the line was reported as a problem. */
    ReportEntry take(Record record) {
        if (record.problem() != null) {
            return reject(record, List.of(record.problem()), null);
        }
        if (record.fields().size() != columns.width()) {
            return reject(record, List.of("it has %d fields, the header %d (a value holding a comma must be quoted)"
                    .formatted(record.fields().size(), columns.width())), null);
        }
        PspLineValues values = new PspLineValues(columns, record.fields());
        Optional<PspRecordType> type = recordType(values);
        String endToEndId = values.text(IDEMPOTENCY_KEY, type.map(PspRecordType::needsPayment).orElse(false),
                MAX_IDENTIFIER);
        String reference = values.text(PSP_REFERENCE, true, MAX_IDENTIFIER);
        values.text(PSP_PAYMENT_ID, false, MAX_IDENTIFIER);
        BigDecimal amount = values.amount(AMOUNT, true, false);
        String currency = values.currency(CURRENCY);
        BigDecimal fee = values.amount(FEE, false, true);
        String reasonCode = values.text(REASON_CODE, false, MAX_REASON_CODE);
        String reasonText = values.text(REASON_TEXT, false, MAX_REASON_TEXT);
        LocalDate bookingDate = values.date(BOOKING_DATE, true);
        LocalDate valueDate = values.date(VALUE_DATE, false);
        if (!values.faults().isEmpty()) {
            return reject(record, values.faults(), reference);
        }
        return new ReportEntry(++position, KEY_PREFIX + "|" + reference, type.get().entryType(), Scope.PAYMENT, null,
                null, endToEndId, reference, type.get().status(), reasonCode, reasonText, amount, currency,
                bookingDate, valueDate != null ? valueDate : bookingDate, fee);
    }

    private static Optional<PspRecordType> recordType(PspLineValues values) {
        String value = values.text(RECORD_TYPE, true, MAX_IDENTIFIER);
        Optional<PspRecordType> type = value == null ? Optional.empty() : PspRecordType.of(value);
        if (value != null && type.isEmpty()) {
            values.fault("column '%s': '%s' is not a record type (%s)".formatted(RECORD_TYPE, value,
                    PspRecordType.NAMES));
        }
        return type;
    }

    private ReportEntry reject(Record record, List<String> faults, String reference) {
        problems.accept(new ReportProblem(record.line(), "line " + record.line()
                + (reference != null ? " (pspReference " + reference + ")" : "") + ": " + String.join("; ", faults)
                + "; the line is not taken"));
        return null;
    }
}
