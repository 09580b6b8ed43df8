package dev.settle.csvimport;

import java.util.List;
import java.util.Map;

/**
 * One data record of a CSV file, as {@link CsvRecordReader} splits it.
 *
 * @param lineNumber the physical line (1-based, the header being line 1) on which the record starts; a quoted value
 *     may carry the record over several lines
 * @param values canonical column name to value, exactly as in the file after unquoting (not trimmed), for the columns
 *     the header has; a line break inside a quoted value comes out as {@code \n} whatever the file's line endings
 * @param maps map prefix (every prefix of the {@link CsvColumns}) to its entries, key to value, without the entries
 *     whose value is empty
 * @param fields the raw field values in file order, for the error report
 * @param problem {@code null}, or why the record could not be split into the header's columns (e.g.
 *     {@code line 7 has 12 fields; the header has 11}); such a record still comes out, its values possibly partial,
 *     so that the job can reject it as a row
 */
public record CsvRecord(long lineNumber, Map<String, String> values, Map<String, Map<String, String>> maps,
        List<String> fields, String problem) {
}
