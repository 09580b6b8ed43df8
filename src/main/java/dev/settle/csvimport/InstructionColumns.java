package dev.settle.csvimport;

import dev.settle.order.InstructionFields;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an instruction file: the API's field names, plus {@code metadata.<key>} for instruction
 * metadata and {@code orderMetadata.<key>} for the metadata of an order created by the file.
 */
final class InstructionColumns {

    static final String METADATA = "metadata.";
    static final String ORDER_METADATA = "orderMetadata.";

    static final CsvColumns COLUMNS = new CsvColumns(
            Set.of("orderRef", "instructionRef", "customerRef", "direction", "financialInstrumentId", "amount",
                    "currency", "country", "settledByDate", "schemeId"),
            Set.of("orderRef", "instructionRef", "customerRef", "direction", "amount", "currency", "settledByDate"),
            Set.of(METADATA, ORDER_METADATA));

    private InstructionColumns() {
    }

    /** The row as the validator takes it; an empty cell counts as absent. */
    static InstructionFields fields(CsvRecord record) {
        Map<String, String> v = record.values();
        return new InstructionFields(cell(v, "instructionRef"), cell(v, "customerRef"), cell(v, "direction"),
                cell(v, "financialInstrumentId"), cell(v, "amount"), cell(v, "currency"), cell(v, "country"),
                cell(v, "settledByDate"), cell(v, "schemeId"), record.maps().getOrDefault(METADATA, Map.of()));
    }

    static String orderRef(CsvRecord record) {
        return cell(record.values(), "orderRef");
    }

    static Map<String, String> orderMetadata(CsvRecord record) {
        return record.maps().getOrDefault(ORDER_METADATA, Map.of());
    }

    private static String cell(Map<String, String> values, String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
