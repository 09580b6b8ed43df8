package dev.settle.reconciliation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.stereotype.Component;

/**
 * Reads pain.002 payment status reports (pain.002.001.03 and .10, one code path for both) into one
 * {@link ReportEntry.EntryType#STATUS STATUS} entry per status the bank gives: the group status ({@code GrpSts}) as a
 * {@link ReportEntry.Scope#FILE FILE} entry, a payment information status ({@code PmtInfSts}) as a
 * {@link ReportEntry.Scope#BLOCK BLOCK} entry, a transaction status ({@code TxSts}) as a
 * {@link ReportEntry.Scope#PAYMENT PAYMENT} entry, each with the codes verbatim. A group status {@code RJCT} with no
 * transaction details rejects every payment of the original file; {@code PART} says the blocks and transactions
 * listed are the ones that differ.
 * <p>
 * The reason is the first {@code StsRsnInf/Rsn} code ({@code Cd} or {@code Prtry}); its text is the report's
 * {@code AddtlInf} joined by spaces, else the ISO definition of a {@code Cd} ({@link IsoReasonCodes}). A payment's
 * {@code schemeReference} is its {@code AcctSvcrRef}, else its {@code StsId}; its {@code valueDate} is the
 * requested execution or collection date the report repeats from our file, the date it was to settle on. The entry
 * key is built from the original identifiers, status and reason, so the same status in two reports is one entry.
 * <p>
 * Elements the reader does not use, known to the schema or not, are passed over: banks send fields the
 * EPC-restricted schemas remove. DTDs and external entities are refused. Stateless and thread-safe; each stream
 * holds one open file until it is closed.
 */
@Component
public class Pain002Reader implements ReportReader {

    private static final XMLInputFactory FACTORY = secureFactory();

    @Override
    public Set<ReportFormat> formats() {
        return Set.of(ReportFormat.PAIN_002_001_03, ReportFormat.PAIN_002_001_10);
    }

    @Override
    public Stream<ReportEntry> read(Path file, ReportFormat format, Consumer<ReportProblem> problems) {
        if (!formats().contains(format)) {
            throw new IllegalArgumentException("Pain002Reader does not read " + format);
        }
        InputStream in = open(file);
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(in);
        }
        catch (XMLStreamException ex) {
            close(file, null, in);
            throw notWellFormed(file, ex);
        }
        Pain002Parser parser = new Pain002Parser(format, xml, problems);
        Spliterator<ReportEntry> entries = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super ReportEntry> action) {
                ReportEntry entry = next(file, xml, parser);
                if (entry != null) {
                    action.accept(entry);
                }
                return entry != null;
            }
        };
        return StreamSupport.stream(entries, false).onClose(() -> close(file, xml, in));
    }

    private static ReportEntry next(Path file, XMLStreamReader xml, Pain002Parser parser) {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ReportFileException(file + " declares a DTD (line " + xml.getLocation().getLineNumber()
                            + "); a status report never has one, so the file is not read");
                }
                ReportEntry entry = parser.take(event);
                if (entry != null) {
                    return entry;
                }
            }
            return null;
        }
        catch (XMLStreamException ex) {
            throw notWellFormed(file, ex);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        }
        catch (IOException ex) {
            throw new ReportFileException("Cannot read " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static void close(Path file, XMLStreamReader xml, InputStream in) {
        try (in) {
            if (xml != null) {
                xml.close();
            }
        }
        catch (IOException | XMLStreamException ex) {
            throw new UncheckedIOException("Cannot close " + file, (ex instanceof IOException io) ? io
                    : new IOException(ex));
        }
    }

    private static ReportFileException notWellFormed(Path file, XMLStreamException ex) {
        String line = (ex.getLocation() != null) ? Integer.toString(ex.getLocation().getLineNumber()) : "?";
        return new ReportFileException(file + " is not well-formed XML (line " + line + "): " + ex.getMessage(), ex);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
