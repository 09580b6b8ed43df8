package dev.settle.csvimport;

import static dev.settle.csvimport.CsvFiles.COLUMNS;
import static dev.settle.csvimport.CsvFiles.fixture;
import static dev.settle.csvimport.CsvFiles.readAll;
import static dev.settle.csvimport.CsvFiles.readRest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class CsvRecordReaderRestartTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"valid-lf.csv", "valid-bom-crlf.csv", "valid-blank-lines.csv",
            "invalid-short-and-long-records.csv", "invalid-unterminated-quote.csv"})
    void aRestartAfterAnyNumberOfRecordsGivesTheRecordsOfAnUninterruptedRead(String fixture) throws Exception {
        Path file = fixture(fixture);
        List<CsvRecord> uninterrupted = readAll(file);
        assertThat(uninterrupted).hasSizeGreaterThan(1);

        for (int n = 0; n <= uninterrupted.size(); n++) {
            ExecutionContext context = new ExecutionContext();
            List<CsvRecord> records = new ArrayList<>(readAndStop(file, n, context));
            assertThat(context.getInt("csvRecordReader.read.count")).isEqualTo(n);

            CsvRecordReader restarted = new CsvRecordReader(file, COLUMNS);
            restarted.open(context);
            records.addAll(readRest(restarted));
            restarted.close();

            assertThat(records).as("restart after %d records", n).isEqualTo(uninterrupted);
        }
    }

    @Test
    void aRestartReadsOnFromTheFirstRecordNotRead() throws Exception {
        Path file = fixture("valid-blank-lines.csv");
        ExecutionContext context = new ExecutionContext();
        readAndStop(file, 1, context);

        CsvRecordReader restarted = new CsvRecordReader(file, COLUMNS);
        restarted.open(context);
        CsvRecord first = restarted.read();
        restarted.close();

        assertThat(first.lineNumber()).isEqualTo(6);
        assertThat(first.values()).containsEntry("instructionRef", "I-2").containsEntry("currency", "EU\n\nR");
    }

    @Test
    void bytesReadGrowsWithTheReadAndReachesTheFileSizeAtTheEndOfEachRead() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFForderRef,instructionRef,amount,currency\r\n");
        for (int n = 1; n <= 20_000; n++) {
            csv.append("O-").append(n).append(",I-").append(n).append(",\"1,000.00\",EUR\r\n");
        }
        Path file = Files.writeString(dir.resolve("valid-large.csv"), csv);
        CsvRecordReader reader = new CsvRecordReader(file, COLUMNS);
        assertThat(reader.bytesRead()).isZero();
        assertThat(reader.fileSize()).isEqualTo(Files.size(file)).isGreaterThan(500_000);

        reader.open(new ExecutionContext());
        reader.read();
        long afterFirstRecord = reader.bytesRead();
        for (int n = 2; n <= 10_000; n++) {
            reader.read();
        }
        long halfWay = reader.bytesRead();
        List<CsvRecord> rest = readRest(reader);
        long atTheEnd = reader.bytesRead();
        reader.close();

        assertThat(afterFirstRecord).isPositive().isLessThan(halfWay);
        assertThat(halfWay).isLessThan(reader.fileSize());
        assertThat(atTheEnd).isEqualTo(reader.fileSize());
        assertThat(rest).hasSize(10_000).last().extracting(CsvRecord::lineNumber).isEqualTo(20_001L);

        reader.open(new ExecutionContext());
        assertThat(reader.bytesRead()).isLessThan(halfWay);
        assertThat(readRest(reader)).hasSize(20_000);
        reader.close();
        assertThat(reader.bytesRead()).isEqualTo(reader.fileSize());
    }

    /** Reads {@code n} records, saves the reader's state into the context as a chunk commit would, and closes. */
    private static List<CsvRecord> readAndStop(Path file, int n, ExecutionContext context) throws Exception {
        CsvRecordReader reader = new CsvRecordReader(file, COLUMNS);
        reader.open(context);
        List<CsvRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(reader.read());
        }
        reader.update(context);
        reader.close();
        return records;
    }
}
