package dev.settle.csvimport;

import static dev.settle.csvimport.CsvFiles.fixture;
import static dev.settle.csvimport.CsvFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTests {

    @Test
    void readsQuotedValuesWithDelimitersDoubledQuotesBackslashesAndLineBreaks() throws Exception {
        List<CsvRecord> records = readAll(fixture("valid-lf.csv"));

        assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(2L, 3L, 5L);
        assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
        CsvRecord first = records.get(0);
        assertThat(first.values()).containsExactly(entry("orderRef", "O-1"), entry("instructionRef", "I-1"),
                entry("customerRef", "C-1"), entry("direction", "CREDIT"), entry("amount", "12.50"),
                entry("currency", "EUR"));
        assertThat(first.maps()).isEqualTo(Map.of("metadata.", Map.of("invoice", "C:\\invoices\\"),
                "orderMetadata.", Map.of("channel", "web")));
        assertThat(first.fields()).containsExactly("O-1", "I-1", "C-1", "CREDIT", "12.50", "EUR", "C:\\invoices\\",
                "web");
        CsvRecord multiLine = records.get(1);
        assertThat(multiLine.values()).containsEntry("amount", "1,000.00");
        assertThat(multiLine.maps().get("metadata.")).containsExactly(entry("invoice", "line one\nline two"));
        CsvRecord last = records.get(2);
        assertThat(last.values()).containsEntry("customerRef", " C-3 ");
        assertThat(last.maps().get("metadata.")).containsExactly(entry("invoice", "say \"hi\""));
        assertThat(last.maps().get("orderMetadata.")).isEmpty();
        assertThat(last.fields()).hasSize(8).endsWith("");
    }

    @Test
    void readsAFileWithAByteOrderMarkAndCrlfLikeTheSameFileWithLf() throws Exception {
        Path file = fixture("valid-bom-crlf.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("line one\r\nline two").doesNotContain("\r\r");

        List<CsvRecord> records = readAll(file);

        assertThat(records).isEqualTo(readAll(fixture("valid-lf.csv")));
        assertThat(records.get(0).values()).containsKey("orderRef");
    }

    @Test
    void dropsSpacesBeforeAnOpeningQuoteButKeepsThoseOfUnquotedValues() throws Exception {
        List<CsvRecord> records = readAll(fixture("valid-space-before-quote.csv"));

        assertThat(records).singleElement().extracting(CsvRecord::values).isEqualTo(Map.of("orderRef", "O-1",
                "instructionRef", "I-1", "amount", "1,000.00", "currency", " EUR"));
    }

    @Test
    void takesTheSemicolonAsDelimiterWhenTheHeaderHasNoComma() throws Exception {
        List<CsvRecord> records = readAll(fixture("valid-semicolon.csv"));

        assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
        assertThat(records.get(0).values()).containsExactly(entry("orderRef", "O-1"), entry("instructionRef", "I-1"),
                entry("amount", "12,50"), entry("currency", "EUR"));
        assertThat(records.get(0).maps().get("metadata.")).containsExactly(entry("note", "a, b and c"));
        assertThat(records.get(1).values()).containsEntry("amount", "3;5");
        assertThat(records.get(1).maps().get("metadata.")).containsExactly(entry("note", "x"));
    }

    @Test
    void detectsTheDelimiterFromCommasAndSemicolonsOutsideQuotes() {
        assertThat(CsvRecordSplitter.delimiterOf("a;b;c")).isEqualTo(';');
        assertThat(CsvRecordSplitter.delimiterOf("\"a,1\";b")).isEqualTo(';');
        assertThat(CsvRecordSplitter.delimiterOf("a;b,c")).isEqualTo(',');
        assertThat(CsvRecordSplitter.delimiterOf("a,\"b;c\"")).isEqualTo(',');
        assertThat(CsvRecordSplitter.delimiterOf("single")).isEqualTo(',');
    }

    @Test
    void matchesHeaderNamesWhateverTheirCaseOrderOrSurroundingSpaces() throws Exception {
        List<CsvRecord> records = readAll(fixture("valid-any-order-any-case.csv"));

        assertThat(records).hasSize(1);
        CsvRecord record = records.get(0);
        assertThat(record.values()).containsExactly(entry("currency", "EUR"), entry("amount", "1.00"),
                entry("instructionRef", "I-1"), entry("orderRef", "O-1"));
        assertThat(record.maps()).containsOnlyKeys("metadata.", "orderMetadata.");
        assertThat(record.maps().get("metadata.")).containsExactly(entry("Invoice", "INV-9"),
                entry("costCentre", "CC-1"));
        assertThat(record.maps().get("orderMetadata.")).isEmpty();
        assertThat(record.problem()).isNull();
    }

    @Test
    void skipsBlankLinesBetweenRecordsButNotInsideQuotedValues() throws Exception {
        List<CsvRecord> records = readAll(fixture("valid-blank-lines.csv"));

        assertThat(records).extracting(CsvRecord::lineNumber).containsExactly(3L, 6L, 10L);
        assertThat(records).extracting(record -> record.values().get("instructionRef")).containsExactly("I-1", "I-2",
                "I-3");
        assertThat(records.get(1).values()).containsEntry("currency", "EU\n\nR");
        assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
    }
}
