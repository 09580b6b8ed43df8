package dev.settle.csvimport;

import static dev.settle.csvimport.CsvFiles.COLUMNS;
import static dev.settle.csvimport.CsvFiles.fixture;
import static dev.settle.csvimport.CsvFiles.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class CsvHeaderTests {

    @TempDir
    Path dir;

    CsvHeaderException rejection(Path file) {
        CsvRecordReader reader = new CsvRecordReader(file, COLUMNS);
        try {
            return catchThrowableOfType(CsvHeaderException.class, () -> reader.open(new ExecutionContext()));
        } finally {
            reader.close();
        }
    }

    @Test
    void reportsEveryUnknownMissingDuplicatedAndUnnamedColumnAtOnce() {
        Path file = fixture("invalid-header-every-problem.csv");

        CsvHeaderException rejected = rejection(file);

        assertThat(rejected.problems()).containsExactly(
                "unknown columns: 'foo', 'metadata.', 'bar'",
                "missing required columns: 'instructionRef', 'currency'",
                "duplicated columns: 'ORDERREF' (column 5 repeats column 1)",
                "columns without a name at positions: 2, 8");
        assertThat(rejected).hasMessage(file + ": header rejected: unknown columns: 'foo', 'metadata.', 'bar';"
                + " missing required columns: 'instructionRef', 'currency'; duplicated columns: 'ORDERREF'"
                + " (column 5 repeats column 1); columns without a name at positions: 2, 8");
    }

    @Test
    void rejectsAnEmptyFile() {
        Path file = fixture("invalid-empty.csv");

        assertThat(rejection(file)).hasMessage(file + ": header rejected: the file is empty; its first line must be"
                + " the header");
    }

    @Test
    void rejectsAFileOfNothingButAByteOrderMarkAsEmpty() {
        assertThat(rejection(fixture("invalid-bom-only.csv")).problems())
                .containsExactly("the file is empty; its first line must be the header");
    }

    @Test
    void rejectsABlankFirstLineRatherThanLookingFurtherForTheHeader() {
        assertThat(rejection(fixture("invalid-blank-first-line.csv")).problems())
                .containsExactly("line 1 is blank; it must be the header");
    }

    @Test
    void rejectsAHeaderWithAnUnclosedQuote() throws Exception {
        Path file = Files.writeString(dir.resolve("invalid-header-quote.csv"),
                "orderRef,\"instructionRef,amount,currency\nO-1,I-1,1.00,EUR\n");

        assertThat(rejection(file).problems()).containsExactly("line 1 has a quoted name that is not closed");
    }

    @Test
    void acceptsQuotedHeaderNamesAndOptionalColumnsLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve("valid-quoted-header.csv"),
                "\"orderRef\",\"instructionRef\",amount,currency\nO-1,I-1,1.00,EUR\n");

        assertThat(CsvFiles.readAll(file)).singleElement().extracting(CsvRecord::values)
                .isEqualTo(Map.of("orderRef", "O-1", "instructionRef", "I-1", "amount", "1.00",
                        "currency", "EUR"));
    }

    @Test
    void givesAMapColumnToTheLongestPrefixItStartsWith() throws Exception {
        CsvColumns columns = new CsvColumns(set("orderRef"), set("orderRef"), set("order.", "order.metadata."));
        Path file = Files.writeString(dir.resolve("valid-nested-prefixes.csv"),
                "orderRef,Order.Metadata.channel,order.note\nO-1,web,first\n");
        CsvRecordReader reader = new CsvRecordReader(file, columns);
        reader.open(new ExecutionContext());
        CsvRecord record = reader.read();
        reader.close();

        assertThat(record.maps()).isEqualTo(Map.of("order.metadata.", Map.of("channel", "web"),
                "order.", Map.of("note", "first")));
    }

    @Test
    void columnsMustBeDeclaredConsistently() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CsvColumns(set("orderRef"), set("orderRef", "amount"), set()))
                .withMessage("Required columns [amount] are not known columns");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CsvColumns(set("orderRef", "ORDERREF"), set(), set()))
                .withMessageContaining("'ORDERREF' is known twice");
        assertThatIllegalArgumentException().isThrownBy(() -> new CsvColumns(set("orderRef"), set(), set("")));
    }
}
