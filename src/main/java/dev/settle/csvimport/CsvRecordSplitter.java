package dev.settle.csvimport;

import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits physical lines into RFC 4180 records: quoted values may hold the delimiter, doubled quotes and line
 * breaks; blank lines between records are skipped. A quote left open never fails the read: it ends its record
 * with a problem, at the end of the file or after {@link #MAX_LINES_PER_RECORD} lines.
 */
final class CsvRecordSplitter {

    /**
     * The most lines one record may span. A stray quote would otherwise carry the rest of the file into one
     * record held in memory, and opencsv copies the pending text again for every line added to it.
     */
    static final int MAX_LINES_PER_RECORD = 1_000;

    private static final char QUOTE = '"';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    /** One record's fields as split, before they are matched with the header's columns. */
    record RawRecord(long lineNumber, List<String> fields, List<String> problems) {
    }

    private final CsvLines lines;
    private final char delimiter;
    private ICSVParser parser;

    CsvRecordSplitter(CsvLines lines, char delimiter) {
        this.lines = lines;
        this.delimiter = delimiter;
        this.parser = parser(delimiter);
    }

    /** {@code ;} when the header line has a semicolon and no comma outside quotes, {@code ,} otherwise. */
    static char delimiterOf(String headerLine) {
        boolean quoted = false;
        boolean comma = false;
        boolean semicolon = false;
        for (char c : headerLine.toCharArray()) {
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted) {
                comma |= c == ',';
                semicolon |= c == ';';
            }
        }
        return semicolon && !comma ? ';' : ',';
    }

    /**
     * RFC 4180 quoting: opencsv's default backslash escape would swallow the closing quote of a value such as
     * {@code "C:\exports\"}. Spaces before an opening quote are dropped (opencsv's default), so {@code a, "b"}
     * gives {@code b}; unquoted values keep their spaces.
     */
    static ICSVParser parser(char delimiter) {
        return new CSVParserBuilder().withSeparator(delimiter).withQuoteChar(QUOTE)
                .withEscapeChar(ICSVParser.NULL_CHARACTER).build();
    }

    /** The next record, or {@code null} at the end of the file. */
    RawRecord next() throws IOException {
        String line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        if (line == null) {
            return null;
        }
        long start = lines.lineNumber();
        List<String> fields = new ArrayList<>(Arrays.asList(parser.parseLineMulti(line)));
        List<String> problems = new ArrayList<>();
        while (parser.isPending()) {
            long spanned = lines.lineNumber() - start + 1;
            line = spanned < MAX_LINES_PER_RECORD ? lines.next() : null;
            if (line != null) {
                fields.addAll(Arrays.asList(parser.parseLineMulti(line)));
            } else {
                problems.add(unclosedQuote(start, spanned < MAX_LINES_PER_RECORD));
                fields.add(withoutLastLineBreak(parser.getPendingText()));
                parser = parser(delimiter);
            }
        }
        if (fields.stream().anyMatch(field -> field.indexOf(REPLACEMENT_CHARACTER) >= 0)) {
            problems.add("line %d is not valid UTF-8 (the file may be in another encoding)".formatted(start));
        }
        return new RawRecord(start, List.copyOf(fields), List.copyOf(problems));
    }

    private String unclosedQuote(long start, boolean endOfFile) {
        long last = lines.lineNumber();
        return endOfFile
                ? "line %d: a quoted value is not closed by the end of the file (lines %d-%d were read as one record)"
                        .formatted(start, start, last)
                : ("line %d: a quoted value is still open after %d lines; the record was cut there and reading went on"
                        + " at line %d").formatted(start, last - start + 1, last + 1);
    }

    // opencsv ends the pending text with the line break it expected to continue after.
    private static String withoutLastLineBreak(String pending) {
        return pending.endsWith("\n") ? pending.substring(0, pending.length() - 1) : pending;
    }
}
