package dev.settle.reconciliation.report;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads one family of report formats into {@link ReportEntry} values, streaming: memory stays flat however large
 * the file. A file that breaks its schema is read as far as it safely can be; what could not be taken is handed to
 * the problem sink, never thrown, unless nothing at all can be read (not well-formed XML, an unreadable file),
 * which fails with a {@link ReportFileException} naming the file and the position.
 */
public interface ReportReader {

    /** The formats this reader reads. */
    Set<ReportFormat> formats();

    /**
     * The file's entries in file order; close the stream.
     *
     * @param problems receives what could not be taken, as it is met
     */
    Stream<ReportEntry> read(Path file, ReportFormat format, Consumer<ReportProblem> problems);
}
