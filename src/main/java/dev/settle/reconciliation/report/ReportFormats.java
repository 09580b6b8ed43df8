package dev.settle.reconciliation.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recognises a report's format from its content: the namespace of an XML document element, or the header line of
 * the PSP settlement CSV (a column named {@code recordType}, wherever it stands). Only the start of the file is
 * read.
 */
public final class ReportFormats {

    /** The column of the PSP settlement CSV's header that no other format has; the columns are in any order. */
    public static final String PSP_CSV_RECORD_TYPE_COLUMN = "recordType";

    private ReportFormats() {
    }

    /** The format of the file, or empty when it is none the reconciliation reads. */
    public static Optional<ReportFormat> detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(512);
            String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            if (text.startsWith("<")) {
                return xmlFormat(file);
            }
            // a decoder that replaces rather than fails: a byte that is not UTF-8 further on is one bad line for the
            // reader to report, not a reason to leave the whole file unrecognised
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8))) {
                String header = lines.readLine();
                return header != null && isPspHeader(header.replace("\uFEFF", ""))
                        ? Optional.of(ReportFormat.PSP_SETTLEMENT_CSV) : Optional.empty();
            }
        } catch (IOException e) {
            throw new ReportFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPspHeader(String header) {
        try {
            return Arrays.stream(PspCsvRecords.parser().parseLine(header))
                    .anyMatch(name -> name.strip().equalsIgnoreCase(PSP_CSV_RECORD_TYPE_COLUMN));
        } catch (IOException e) {
            // a quoted name left open: not a header the reader could take either
            return false;
        }
    }

    private static Optional<ReportFormat> xmlFormat(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String namespace = xml.getNamespaceURI();
                        return Arrays.stream(ReportFormat.values()).filter(f -> f.namespace() != null
                                && f.namespace().equals(namespace == null ? XMLConstants.NULL_NS_URI : namespace))
                                .findFirst();
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new ReportFileException(file + " is not well-formed XML (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNumber()) + "): " + e.getMessage(), e);
        }
    }
}
