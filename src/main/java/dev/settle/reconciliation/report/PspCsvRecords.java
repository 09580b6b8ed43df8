package dev.settle.reconciliation.report;

import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The RFC 4180 records of a UTF-8 file (byte order mark dropped, CRLF, LF or CR line endings), one at a time, each
 * with the physical line it starts on; blank lines between records are skipped. A quoted value may hold commas,
 * doubled quotes and line breaks. A quote left open or bytes that are not UTF-8 never fail the read: the record
 * comes out with its problem and reading goes on.
 */
final class PspCsvRecords implements Closeable {

    /**
     * The most lines one record may span: a stray quote would otherwise carry the rest of the file into one record
     * held in memory.
     */
    static final int MAX_LINES_PER_RECORD = 100;

    private static final int BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    /** One record as split, before its fields are matched with the header; {@code problem} null when sound. */
    record Record(int line, List<String> fields, String problem) {
    }

    private final BufferedReader reader;
    private ICSVParser parser = parser();
    private int lineNumber;

    private PspCsvRecords(BufferedReader reader) {
        this.reader = reader;
    }

    /** Opens the file; bytes that are not UTF-8 become U+FFFD, so one bad line is one bad record. */
    static PspCsvRecords open(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8));
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            return new PspCsvRecords(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * RFC 4180 quoting: opencsv's default backslash escape would swallow the closing quote of a value ending in a
     * backslash.
     */
    static ICSVParser parser() {
        return new CSVParserBuilder().withSeparator(',').withQuoteChar('"')
                .withEscapeChar(ICSVParser.NULL_CHARACTER).build();
    }

    /** The next record, or {@code null} at the end of the file. */
    Record next() throws IOException {
        String line = readLine();
        while (line != null && line.isBlank()) {
            line = readLine();
        }
        if (line == null) {
            return null;
        }
        int start = lineNumber;
        List<String> fields = new ArrayList<>(Arrays.asList(parser.parseLineMulti(line)));
        String problem = null;
        while (parser.isPending()) {
            line = lineNumber - start + 1 < MAX_LINES_PER_RECORD ? readLine() : null;
            if (line != null) {
                fields.addAll(Arrays.asList(parser.parseLineMulti(line)));
            } else {
                problem = "a quoted value opened on line %d is not closed %s%s".formatted(start,
                        lineNumber - start + 1 < MAX_LINES_PER_RECORD ? "by the end of the file"
                                : "within " + MAX_LINES_PER_RECORD + " lines",
                        lineNumber > start ? " (lines %d-%d were read as one record)".formatted(start, lineNumber)
                                : "");
                parser = parser();
            }
        }
        if (problem == null && fields.stream().anyMatch(field -> field.indexOf(REPLACEMENT_CHARACTER) >= 0)) {
            problem = "the line is not valid UTF-8 (the file may be in another encoding)";
        }
        return new Record(start, List.copyOf(fields), problem);
    }

    private String readLine() throws IOException {
        String line = reader.readLine();
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
