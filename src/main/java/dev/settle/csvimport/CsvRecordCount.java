package dev.settle.csvimport;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts a file's data records (not lines: a quoted field may span lines), streaming. */
final class CsvRecordCount {

    private CsvRecordCount() {
    }

    /** Records after the header, blank lines left out; -1 when the file cannot be read. */
    static long records(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(reader).withSkipLines(1).build()) {
            long records = 0;
            for (String[] record = csv.readNext(); record != null; record = csv.readNext()) {
                if (!(record.length == 1 && record[0].isBlank())) {
                    records++;
                }
            }
            return records;
        } catch (IOException | com.opencsv.exceptions.CsvException e) {
            return -1;
        }
    }
}
