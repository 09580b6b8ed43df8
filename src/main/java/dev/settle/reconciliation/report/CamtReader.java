package dev.settle.reconciliation.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;

/**
 * Reads the bank's camt.053 statements and camt.054 debit/credit notifications (versions 02, 04 and 08) into
 * {@link ReportEntry} values, streaming with StAX in constant memory.
 *
 * <p>Every {@code Ntry} of a {@code Stmt} or {@code Ntfctn} gives: one {@link ReportEntry.Scope#PAYMENT} entry per
 * {@code TxDtls}; for an {@code NtryDtls} with a {@code Btch} but no {@code TxDtls}, one
 * {@link ReportEntry.Scope#BLOCK} entry naming our message and PmtInfId from the {@code Btch}; for an entry with
 * neither, one {@link ReportEntry.Scope#PAYMENT} entry with only the entry's own references (no end-to-end id), for
 * the exceptions inbox. Each carries the entry's status, dates and bank reference; the type follows
 * {@link CamtEntryTypes} and the key {@link CamtEntries}. An entry's own amount and charges go to its only detail;
 * a transaction without an amount of its own in an entry of several gets none, reported as a problem.
 *
 * <p>Elements are matched by local name, so all versions share one code path; unknown elements are skipped, and a
 * file that fails its schema is read as far as it can be. DTDs and external entities are refused. Stateless and
 * thread-safe: each {@link #read} has its own parser.
 */
@Component
public class CamtReader implements ReportReader {

    private static final Set<ReportFormat> FORMATS = Collections.unmodifiableSet(EnumSet.of(
            ReportFormat.CAMT_053_001_02, ReportFormat.CAMT_053_001_08, ReportFormat.CAMT_054_001_02,
            ReportFormat.CAMT_054_001_04, ReportFormat.CAMT_054_001_08));

    @Override
    public Set<ReportFormat> formats() {
        return FORMATS;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for a format this reader does not read
     * @throws ReportFileException when the file cannot be opened or is not well-formed XML (the latter possibly
     *     only while the stream is consumed, after the entries before the fault)
     */
    @Override
    public Stream<ReportEntry> read(Path file, ReportFormat format, Consumer<ReportProblem> problems) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("CamtReader does not read " + format);
        }
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new ReportFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        XMLStreamReader xml;
        try {
            xml = safeFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw new ReportFileException(file + " is not well-formed XML (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNumber()) + "): " + e.getMessage(), e);
        }
        CamtEntryReader entries = new CamtEntryReader(file, format, in, xml, problems);
        return StreamSupport.stream(entries, false).onClose(entries::close);
    }

    /** The JDK's own parser, whatever else is on the class path, with DTDs and external entities refused. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the open failed already; that is what is reported
        }
    }
}
