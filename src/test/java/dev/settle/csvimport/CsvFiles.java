package dev.settle.csvimport;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The fixtures of the CSV import tests and the columns they are read with. */
final class CsvFiles {

    /** Columns in the shape of the instruction import's, declared in this order. */
    static final CsvColumns COLUMNS = new CsvColumns(
            new LinkedHashSet<>(List.of("orderRef", "instructionRef", "customerRef", "direction", "amount", "currency",
                    "settledByDate")),
            new LinkedHashSet<>(List.of("orderRef", "instructionRef", "amount", "currency")),
            new LinkedHashSet<>(List.of("metadata.", "orderMetadata.")));

    private CsvFiles() {
    }

    static Path fixture(String name) {
        URL url = CsvFiles.class.getResource("/fixtures/csvimport/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the file, read by a freshly opened reader. */
    static List<CsvRecord> readAll(Path file) throws Exception {
        CsvRecordReader reader = new CsvRecordReader(file, COLUMNS);
        reader.open(new ExecutionContext());
        try {
            return readRest(reader);
        } finally {
            reader.close();
        }
    }

    /** The records an open reader has left. */
    static List<CsvRecord> readRest(CsvRecordReader reader) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        return records;
    }

    static Set<String> set(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
