package dev.settle.reconciliation.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one camt file with StAX and hands out its entries as they are completed. Elements are matched by local
 * name, so every version shares this code; outside an {@code Ntry} only the element names on the way down are
 * kept, inside it the path below the {@code Ntry} and the current element's text. Memory does not grow with the
 * file.
 */
final class CamtEntryReader extends Spliterators.AbstractSpliterator<ReportEntry> implements AutoCloseable {

    /** Longer texts are cut: no element the reader takes is anywhere near this long. */
    private static final int TEXT_LIMIT = 4096;

    private final Path file;
    private final ReportFormat format;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final Consumer<ReportProblem> problems;
    private final ArrayDeque<ReportEntry> ready = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder path = new StringBuilder();
    private String[] names = new String[32];
    private int depth;
    private CamtNtry entry;
    private int entryDepth;
    private String currency;
    private int emitted;
    private boolean finished;

    CamtEntryReader(Path file, ReportFormat format, InputStream in, XMLStreamReader xml,
            Consumer<ReportProblem> problems) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.format = format;
        this.in = in;
        this.xml = xml;
        this.problems = problems;
    }

    @Override
    public boolean tryAdvance(Consumer<? super ReportEntry> action) {
        while (ready.isEmpty() && !finished) {
            step();
        }
        if (ready.isEmpty()) {
            close();
            return false;
        }
        action.accept(ready.poll());
        return true;
    }

    private void step() {
        try {
            if (!xml.hasNext()) {
                finished = true;
                return;
            }
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> characters();
                default -> {
                    // comments, processing instructions, whitespace outside entries
                }
            }
        } catch (XMLStreamException e) {
            close();
            throw new ReportFileException(file + " is not well-formed XML (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNumber()) + "): " + e.getMessage(), e);
        }
    }

    private void startElement() {
        String name = xml.getLocalName();
        if (depth == 0 && !Objects.equals(format.namespace(), xml.getNamespaceURI())) {
            problems.accept(new ReportProblem(0, file + " has namespace '" + xml.getNamespaceURI() + "', not "
                    + format.namespace() + "; read as " + format + " all the same"));
        }
        if (entry != null) {
            path.append(path.isEmpty() ? "" : "/").append(name);
            entry.start(path.toString());
            currency = xml.getAttributeValue(null, "Ccy");
        } else if (name.equals("Ntry") && depth > 0
                && (names[depth - 1].equals("Stmt") || names[depth - 1].equals("Ntfctn"))) {
            int firstPosition = emitted + 1;
            entry = new CamtNtry(this::emit, message -> problems.accept(new ReportProblem(firstPosition, message)));
            entryDepth = depth;
        }
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
        }
        names[depth++] = name;
        text.setLength(0);
    }

    private void endElement() {
        depth--;
        if (entry != null && depth == entryDepth) {
            entry.finish();
            entry = null;
        } else if (entry != null) {
            entry.end(path.toString(), text.toString().strip(), currency, xml.getLocation().getLineNumber());
            path.setLength(Math.max(path.lastIndexOf("/"), 0));
            currency = null;
        }
        text.setLength(0);
    }

    private void characters() {
        if (entry != null && text.length() < TEXT_LIMIT) {
            text.append(xml.getTextCharacters(), xml.getTextStart(),
                    Math.min(xml.getTextLength(), TEXT_LIMIT - text.length()));
        }
    }

    private void emit(CamtNtry from, CamtDetail detail, boolean onlyDetail) {
        int position = ++emitted;
        Consumer<String> sink = message -> problems.accept(new ReportProblem(position, message));
        detail.problems().forEach(sink);
        ready.add(CamtEntries.create(position, from, detail, onlyDetail, sink));
    }

    /** Closes the parser and the file; safe to call more than once. */
    @Override
    public void close() {
        finished = true;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the file is closed below all the same
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing is left to read
        }
    }
}
