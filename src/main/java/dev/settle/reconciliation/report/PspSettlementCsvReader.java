package dev.settle.reconciliation.report;

import dev.settle.reconciliation.report.PspCsvRecords.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Reads the PSP settlement report, a CSV format of our own, fully described in {@code jobs/psp-settlement-report.md}:
 * UTF-8 (byte order mark allowed), RFC 4180 with {@code ,}, a header line naming the columns in any order (unknown
 * ones ignored), one line per settlement event of the PSP.
 *
 * <p>Each line gives one {@link ReportEntry.Scope#PAYMENT PAYMENT} entry: {@code CHARGE} and {@code PAYOUT}
 * {@link ReportEntry.EntryType#BOOKED BOOKED} with status {@code BOOK}; {@code FAILED} a
 * {@link ReportEntry.EntryType#STATUS STATUS} {@code RJCT} with the PSP's reason; {@code REFUND} REFUNDED;
 * {@code DISPUTE_OPENED}, {@code _WON}, {@code _LOST} the CHARGEBACK types; {@code FEE} FEE. The end-to-end id is
 * the {@code idempotencyKey} (our payment key), the scheme reference the {@code pspReference}, the charges the
 * {@code fee}; the entry key {@code psp|<pspReference>} is the same whichever file repeats the line. Entries are
 * numbered 1, 2, … in the order given.
 *
 * <p>A line with a required value missing, an unknown record type, a bad number, currency or date, or the wrong
 * number of fields gives no entry but one {@link ReportProblem} at its physical line number, naming the columns;
 * reading goes on. A header without {@code recordType}, {@code pspReference} or {@code amount} fails the file with a
 * {@link ReportFileException}. Streams in constant memory; stateless and thread-safe, each stream holding one open
 * file until it is closed.
 */
@Component
public class PspSettlementCsvReader implements ReportReader {

    @Override
    public Set<ReportFormat> formats() {
        return Set.of(ReportFormat.PSP_SETTLEMENT_CSV);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for a format this reader does not read
     * @throws ReportFileException when the file cannot be read or its header line is missing or lacks a required
     *     column (at once), or when reading fails later (while the stream is consumed)
     */
    @Override
    public Stream<ReportEntry> read(Path file, ReportFormat format, Consumer<ReportProblem> problems) {
        if (!formats().contains(format)) {
            throw new IllegalArgumentException("PspSettlementCsvReader does not read " + format);
        }
        PspCsvRecords records = open(file);
        PspSettlementLines lines;
        try {
            lines = new PspSettlementLines(PspSettlementColumns.of(file, header(file, records)), problems);
        } catch (RuntimeException e) {
            close(file, records);
            throw e;
        }
        Spliterator<ReportEntry> entries = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super ReportEntry> action) {
                ReportEntry entry = next(file, records, lines);
                if (entry != null) {
                    action.accept(entry);
                }
                return entry != null;
            }
        };
        return StreamSupport.stream(entries, false).onClose(() -> close(file, records));
    }

    private static List<String> header(Path file, PspCsvRecords records) {
        Record header = nextRecord(file, records);
        if (header == null || header.line() != 1) {
            throw new ReportFileException(file + " is not read: " + (header == null ? "it is empty" : "line 1 is blank")
                    + "; a PSP settlement report starts with its header line");
        }
        if (header.problem() != null) {
            throw new ReportFileException(file + " is not read: its header line cannot be split: " + header.problem());
        }
        return header.fields();
    }

    // The next line's entry, passing over lines reported as problems; null at the end of the file.
    private static ReportEntry next(Path file, PspCsvRecords records, PspSettlementLines lines) {
        for (Record record = nextRecord(file, records); record != null; record = nextRecord(file, records)) {
            ReportEntry entry = lines.take(record);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    private static Record nextRecord(Path file, PspCsvRecords records) {
        try {
            return records.next();
        } catch (IOException e) {
            throw new ReportFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static PspCsvRecords open(Path file) {
        try {
            return PspCsvRecords.open(file);
        } catch (IOException e) {
            throw new ReportFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void close(Path file, PspCsvRecords records) {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }
}
