package dev.settle.reconciliation.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recognises a report's format from its content: the namespace of an XML document element, or the header line of
 * the PSP settlement CSV. Only the start of the file is read.
 */
public final class ReportFormats {

    /** The first column of the PSP settlement CSV's header, which no other format starts with. */
    public static final String PSP_CSV_FIRST_COLUMN = "recordType";

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
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String header = lines.readLine();
                return header != null && header.replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                        .startsWith(PSP_CSV_FIRST_COLUMN.toLowerCase(Locale.ROOT))
                        ? Optional.of(ReportFormat.PSP_SETTLEMENT_CSV) : Optional.empty();
            }
        } catch (IOException e) {
            throw new ReportFileException("Cannot read " + file + ": " + e.getMessage(), e);
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
