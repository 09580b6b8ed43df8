package dev.settle.csvimport;

import dev.settle.system.PersonalData;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A row as read, for the error report, with personal data masked: the named personal columns, and anything that
 * looks like an IBAN wherever it stands (a tenant may put one in metadata).
 */
final class RawRows {

    private static final Pattern IBAN_LIKE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9 ]{10,32}");

    private RawRows() {
    }

    static String masked(CsvRecord record, Set<String> personalColumns) {
        Set<String> personal = personalColumns.stream().map(record.values()::get).filter(v -> v != null && !v.isEmpty())
                .collect(Collectors.toSet());
        return record.fields().stream()
                .map(field -> personal.contains(field) || IBAN_LIKE.matcher(field.trim()).matches()
                        ? PersonalData.mask(field) : field)
                .map(RawRows::quoted)
                .collect(Collectors.joining(","));
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
