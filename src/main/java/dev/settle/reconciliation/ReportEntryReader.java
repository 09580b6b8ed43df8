package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.reconciliation.report.ReportFormat;
import dev.settle.reconciliation.report.ReportProblem;
import dev.settle.reconciliation.report.ReportReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams a report file's entries into the step. The number of entries handed out is saved with every chunk; a
 * restart reads the file again and skips that many, and the entry keys catch anything applied twice regardless.
 * Problems the format reader reports are collected for the writer to put into the exceptions inbox.
 */
class ReportEntryReader implements ItemStreamReader<ReportEntry> {

    private static final String READ = "entries.read";

    private final ReportReader reader;
    private final Path file;
    private final ReportFormat format;
    private final List<ReportProblem> problems = new ArrayList<>();
    private Stream<ReportEntry> stream;
    private Iterator<ReportEntry> entries;
    private long read;

    ReportEntryReader(ReportReader reader, Path file, ReportFormat format) {
        this.reader = reader;
        this.file = file;
        this.format = format;
    }

    @Override
    public void open(ExecutionContext context) {
        stream = reader.read(file, format, problems::add);
        entries = stream.iterator();
        long skip = context.getLong(READ, 0L);
        while (read < skip && entries.hasNext()) {
            entries.next();
            read++;
        }
        // Problems before the restart point were handed over before it.
        problems.clear();
    }

    @Override
    public ReportEntry read() {
        if (!entries.hasNext()) {
            return null;
        }
        read++;
        return entries.next();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(READ, read);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }

    /** The problems met since the last call, for the writer. */
    List<ReportProblem> takeProblems() {
        List<ReportProblem> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }
}
