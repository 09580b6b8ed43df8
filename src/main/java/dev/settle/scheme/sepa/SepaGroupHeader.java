package dev.settle.scheme.sepa;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the group header ({@code GrpHdr}) of a pain.001 or pain.008 file announces, read by streaming up to the
 * end of the header only: the rest of the file, however large, is not read.
 *
 * @param messageId the file's {@code MsgId}
 * @param numberOfTransactions the header's {@code NbOfTxs}
 * @param controlSum the header's {@code CtrlSum}
 */
record SepaGroupHeader(String messageId, long numberOfTransactions, BigDecimal controlSum) {

    /** Reads the group header of {@code file}; fails naming the file if it has none or it lacks a total. */
    static SepaGroupHeader read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SepaXmlInput.open(in);
            try {
                return read(xml, file);
            }
            finally {
                xml.close();
            }
        }
        catch (XMLStreamException | NumberFormatException ex) {
            throw new SepaFileException(file + ": the group header cannot be read: " + ex.getMessage(), ex);
        }
    }

    private static SepaGroupHeader read(XMLStreamReader xml, Path file) throws XMLStreamException {
        String messageId = null;
        String count = null;
        String sum = null;
        boolean inHeader = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "GrpHdr".equals(xml.getLocalName())) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "GrpHdr" -> inHeader = true;
                case "MsgId" -> messageId = inHeader ? xml.getElementText() : messageId;
                case "NbOfTxs" -> count = inHeader ? xml.getElementText() : count;
                case "CtrlSum" -> sum = inHeader ? xml.getElementText() : sum;
                default -> {
                }
            }
        }
        if (messageId == null || count == null || sum == null) {
            throw new SepaFileException(file + " has no group header with MsgId, NbOfTxs and CtrlSum");
        }
        return new SepaGroupHeader(messageId.strip(), Long.parseLong(count.strip()), new BigDecimal(sum.strip()));
    }

}
