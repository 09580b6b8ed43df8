package dev.settle.csvimport;

import dev.settle.csvimport.CsvRecordSplitter.RawRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the records of a CSV file one at a time, never holding more than the record being read.
 *
 * <p>The file is UTF-8, with or without a byte order mark, with CRLF or LF line endings, in RFC 4180 quoting; the
 * delimiter is {@code ;} when the header line has a semicolon and no comma outside quotes, {@code ,} otherwise. The
 * first line is the header: {@link #open} checks it against the {@link CsvColumns} and throws a
 * {@link CsvHeaderException} naming every problem before any record is read. Blank lines are skipped. A record that
 * does not fit the header (too few or too many fields, a quote never closed, bytes that are not UTF-8) still comes
 * out, with its {@link CsvRecord#problem() problem}, so the job can reject that row and go on.
 *
 * <p>Restartable: the execution context keeps how many records were read under {@code csvRecordReader.read.count};
 * on restart those records are split again and dropped, so line numbers stay those of the file. Not thread-safe,
 * except {@link #bytesRead()} and {@link #fileSize()}, which a progress display may call from any thread.
 */
public class CsvRecordReader extends AbstractItemCountingItemStreamItemReader<CsvRecord> {

    private final Path file;
    private final CsvColumns columns;
    private final AtomicLong bytesRead = new AtomicLong();
    private CsvLines lines;
    private CsvRecordSplitter splitter;
    private CsvHeader header;

    public CsvRecordReader(Path file, CsvColumns columns) {
        this.file = file;
        this.columns = columns;
        // Explicit, so that neither a bean name nor a subclass changes the keys a restart looks for.
        setName("csvRecordReader");
    }

    /** Bytes taken from the file so far (read ahead of the current record by at most a buffer). */
    public long bytesRead() {
        return bytesRead.get();
    }

    /** The size of the file in bytes. */
    public long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            super.open(executionContext);
        } catch (ItemStreamException e) {
            // The base class wraps whatever doOpen throws; the header's rejection is the job's to handle by type.
            if (e.getCause() instanceof CsvHeaderException rejected) {
                throw rejected;
            }
            throw e;
        }
    }

    @Override
    protected void doOpen() throws IOException {
        bytesRead.set(0);
        lines = CsvLines.open(file, bytesRead);
        try {
            String headerLine = lines.next();
            if (headerLine == null || headerLine.isBlank()) {
                throw new CsvHeaderException(file, List.of(headerLine == null
                        ? "the file is empty; its first line must be the header"
                        : "line 1 is blank; it must be the header"));
            }
            char delimiter = CsvRecordSplitter.delimiterOf(headerLine);
            header = CsvHeader.of(file, headerNames(headerLine, delimiter), columns);
            splitter = new CsvRecordSplitter(lines, delimiter);
        } catch (IOException | RuntimeException e) {
            doClose();
            throw e;
        }
    }

    private List<String> headerNames(String headerLine, char delimiter) {
        try {
            return Arrays.asList(CsvRecordSplitter.parser(delimiter).parseLine(headerLine));
        } catch (IOException e) {
            throw new CsvHeaderException(file, List.of("line 1 has a quoted name that is not closed"));
        }
    }

    @Override
    protected CsvRecord doRead() throws IOException {
        RawRecord raw = splitter.next();
        return raw == null ? null : header.toRecord(raw);
    }

    /** Splits the records already read but builds none of them. */
    @Override
    protected void jumpToItem(int itemIndex) throws IOException {
        int skipped = 0;
        while (skipped < itemIndex && splitter.next() != null) {
            skipped++;
        }
    }

    @Override
    protected void doClose() throws IOException {
        CsvLines open = lines;
        lines = null;
        splitter = null;
        header = null;
        if (open != null) {
            open.close();
        }
    }
}
