package dev.settle.csvimport;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The columns one kind of CSV accepts. Header names are matched case-insensitively; a record's values are keyed by
 * the canonical name given here.
 *
 * @param known every plain column the file may have, e.g. {@code orderRef}, {@code amount}
 * @param required the known columns the file must have
 * @param mapPrefixes prefixes of map columns, e.g. {@code metadata.}: a header {@code METADATA.invoice} puts its
 *     value under the key {@code invoice} (the key's case kept as written) of the map {@code metadata.}
 */
public record CsvColumns(Set<String> known, Set<String> required, Set<String> mapPrefixes) {

    public CsvColumns {
        known = copy(known);
        required = copy(required);
        mapPrefixes = copy(mapPrefixes);
        Set<String> knownLowerCase = new HashSet<>();
        for (String column : known) {
            if (!knownLowerCase.add(column.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column '" + column + "' is known twice (names are matched"
                        + " case-insensitively)");
            }
        }
        Set<String> unknownRequired = new LinkedHashSet<>(required);
        unknownRequired.removeAll(known);
        if (!unknownRequired.isEmpty()) {
            throw new IllegalArgumentException("Required columns " + unknownRequired + " are not known columns");
        }
        if (mapPrefixes.contains("")) {
            throw new IllegalArgumentException("A map prefix must not be empty");
        }
    }

    // Insertion order is kept so that error messages list columns in the order they were declared.
    private static Set<String> copy(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
