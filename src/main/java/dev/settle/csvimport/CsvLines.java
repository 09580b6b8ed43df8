package dev.settle.csvimport;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical lines of a UTF-8 file, one at a time, without their CRLF, LF or CR endings and without a leading
 * byte order mark, counting lines and the bytes taken from the file.
 */
final class CsvLines implements Closeable {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedReader reader;
    private long lineNumber;

    private CsvLines(BufferedReader reader) {
        this.reader = reader;
    }

    /**
     * Opens the file. Bytes that are not UTF-8 become U+FFFD rather than an exception, so that one bad line is
     * reported as a bad record instead of failing the whole read.
     */
    static CsvLines open(Path file, AtomicLong bytesRead) throws IOException {
        InputStream in = new CountingInputStream(Files.newInputStream(file), bytesRead);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            return new CsvLines(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The next line, or {@code null} at the end of the file. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    /** The 1-based number of the line {@link #next()} returned last; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingInputStream extends FilterInputStream {

        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count.addAndGet(skipped);
            return skipped;
        }
    }
}
