package dev.settle.csvimport;

import static dev.settle.csvimport.CsvFiles.fixture;
import static dev.settle.csvimport.CsvFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records that do not fit the header still come out, each with the problem the job reports for its row. */
class CsvRecordProblemsTests {

    @Test
    void keepsRecordsOfTheWrongWidthWithAProblem() throws Exception {
        List<CsvRecord> records = readAll(fixture("invalid-short-and-long-records.csv"));

        assertThat(records).extracting(CsvRecord::problem).containsExactly("line 2 has 2 fields; the header has 4",
                "line 3 has 6 fields; the header has 4", null);
        assertThat(records.get(0).values()).containsExactly(entry("orderRef", "O-1"), entry("instructionRef", "I-1"));
        assertThat(records.get(1).values()).containsExactly(entry("orderRef", "O-1"), entry("instructionRef", "I-2"),
                entry("amount", "2.00"), entry("currency", "EUR"));
        assertThat(records.get(1).fields()).containsExactly("O-1", "I-2", "2.00", "EUR", "surplus", "more");
        assertThat(records.get(2).values()).containsEntry("instructionRef", "I-3");
    }

    @Test
    void endsWithOneRecordWithAProblemWhenAQuoteIsNeverClosed() throws Exception {
        List<CsvRecord> records = readAll(fixture("invalid-unterminated-quote.csv"));

        assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(2L, 3L);
        assertThat(records.get(0).problem()).isNull();
        CsvRecord unclosed = records.get(1);
        assertThat(unclosed.problem()).isEqualTo("line 3: a quoted value is not closed by the end of the file"
                + " (lines 3-4 were read as one record); line 3 has 3 fields; the header has 4");
        assertThat(unclosed.fields()).containsExactly("O-1", "I-2", "2.00,EUR\nO-1,I-3,3.00,EUR");
        assertThat(unclosed.values()).containsExactly(entry("orderRef", "O-1"), entry("instructionRef", "I-2"),
                entry("amount", "2.00,EUR\nO-1,I-3,3.00,EUR"));
    }

    @Test
    void cutsARecordWhoseQuoteStaysOpenTooLongAndGoesOnAfterIt(@TempDir Path dir)
            throws Exception {
        StringBuilder csv = new StringBuilder("orderRef,instructionRef,amount,currency\nO-0,I-0,12\" screen,EUR\n");
        for (int n = 1; n <= 1_200; n++) {
            csv.append("O-").append(n).append(",I-").append(n).append(",1.00,EUR\n");
        }
        Path file = Files.writeString(dir.resolve("invalid-stray-quote.csv"), csv);

        List<CsvRecord> records = readAll(file);

        CsvRecord cut = records.get(0);
        assertThat(cut.lineNumber()).isEqualTo(2);
        assertThat(cut.problem()).startsWith("line 2: a quoted value is still open after 1000 lines; the record was"
                + " cut there and reading went on at line 1002");
        assertThat(cut.fields()).hasSize(3).startsWith("O-0", "I-0");
        assertThat(records).hasSize(1 + 201);
        assertThat(records.get(1).lineNumber()).isEqualTo(1002);
        assertThat(records.get(1).values()).containsEntry("instructionRef", "I-1000");
        assertThat(records.subList(1, records.size())).extracting(CsvRecord::problem).containsOnlyNulls();
        assertThat(records.get(records.size() - 1).lineNumber()).isEqualTo(1202);
    }

    @Test
    void flagsTheRecordsThatAreNotUtf8AndReadsTheOthers() throws Exception {
        List<CsvRecord> records = readAll(fixture("invalid-not-utf8.csv"));

        assertThat(records).extracting(CsvRecord::problem).containsExactly(null,
                "line 3 is not valid UTF-8 (the file may be in another encoding)", null);
        assertThat(records.get(0).maps().get("metadata.")).containsEntry("payee", "Zo\u00eb");
        assertThat(records.get(2).maps().get("metadata.")).containsEntry("payee", "Ok");
    }
}
