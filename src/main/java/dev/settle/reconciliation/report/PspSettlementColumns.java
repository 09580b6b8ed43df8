package dev.settle.reconciliation.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a PSP settlement report as its header line names them: matched by name, case aside, in any order;
 * columns of other names are ignored. A header without the columns every line needs fails the whole file.
 */
final class PspSettlementColumns {

    static final String RECORD_TYPE = ReportFormats.PSP_CSV_RECORD_TYPE_COLUMN;
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String PSP_REFERENCE = "pspReference";
    static final String PSP_PAYMENT_ID = "pspPaymentId";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String FEE = "fee";
    static final String REASON_CODE = "reasonCode";
    static final String REASON_TEXT = "reasonText";
    static final String BOOKING_DATE = "bookingDate";
    static final String VALUE_DATE = "valueDate";

    static final List<String> KNOWN = List.of(RECORD_TYPE, IDEMPOTENCY_KEY, PSP_REFERENCE, PSP_PAYMENT_ID, AMOUNT,
            CURRENCY, FEE, REASON_CODE, REASON_TEXT, BOOKING_DATE, VALUE_DATE);

    /** Without these no line could be taken, so the file is refused rather than reported line by line. */
    static final List<String> REQUIRED_IN_HEADER = List.of(RECORD_TYPE, PSP_REFERENCE, AMOUNT);

    private final Map<String, Integer> positions;
    private final int width;

    private PspSettlementColumns(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * The columns of the header's names.
     *
     * @throws ReportFileException naming the file and the missing or repeated columns
     */
    static PspSettlementColumns of(Path file, List<String> names) {
        Map<String, String> known = new HashMap<>();
        KNOWN.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> positions = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String column = known.get(names.get(i).strip().toLowerCase(Locale.ROOT));
            Integer earlier = column == null ? null : positions.putIfAbsent(column, i);
            if (earlier != null) {
                repeated.add("'%s' (columns %d and %d)".formatted(column, earlier + 1, i + 1));
            }
        }
        List<String> missing = REQUIRED_IN_HEADER.stream().filter(column -> !positions.containsKey(column))
                .map(column -> "'" + column + "'").toList();
        List<String> faults = new ArrayList<>();
        if (!missing.isEmpty()) {
            faults.add("lacks the required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!repeated.isEmpty()) {
            faults.add("names a column twice: " + String.join(", ", repeated));
        }
        if (!faults.isEmpty()) {
            throw new ReportFileException(file + " is not read: its header line " + String.join("; and ",
                    faults) + ". A PSP settlement report names at least " + String.join(", ", REQUIRED_IN_HEADER)
                    + "; see jobs/psp-settlement-report.md");
        }
        return new PspSettlementColumns(Map.copyOf(positions), names.size());
    }

    /** How many fields the header has, which every line must have too. */
    int width() {
        return width;
    }

    /** The column's value on a line without surrounding spaces, or null when the column is absent or empty. */
    String value(List<String> fields, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= fields.size()) {
            return null;
        }
        String value = fields.get(position).strip();
        return value.isEmpty() ? null : value;
    }
}
