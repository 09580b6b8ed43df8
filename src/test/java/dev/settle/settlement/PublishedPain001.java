package dev.settle.settlement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published pain.001 credit transfer file read back as a bank would: its group header, every EndToEndId and
 * amount, and its manifest.
 *
 * @param messageId the group header's MsgId
 * @param numberOfTransactions the group header's NbOfTxs
 * @param controlSum the group header's CtrlSum
 * @param endToEndIds every transaction's EndToEndId, in file order
 * @param amounts the sum of every transaction's InstdAmt
 */
record PublishedPain001(String messageId, long numberOfTransactions, BigDecimal controlSum, List<String> endToEndIds,
        BigDecimal amounts) {

    private static final String PAIN_001_001_09 = "iso20022/pain.001.001.09.xsd";
    private static Schema schema;

    static PublishedPain001 read(Path file) throws Exception {
        String messageId = null;
        Long count = null;
        BigDecimal controlSum = null;
        List<String> endToEndIds = new ArrayList<>();
        BigDecimal amounts = BigDecimal.ZERO;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            boolean inGroupHeader = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("GrpHdr")) {
                    inGroupHeader = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "GrpHdr" -> inGroupHeader = true;
                    case "MsgId" -> messageId = xml.getElementText();
                    case "NbOfTxs" -> count = inGroupHeader ? Long.valueOf(xml.getElementText()) : count;
                    case "CtrlSum" -> controlSum = inGroupHeader ? new BigDecimal(xml.getElementText()) : controlSum;
                    case "EndToEndId" -> endToEndIds.add(xml.getElementText());
                    case "InstdAmt" -> amounts = amounts.add(new BigDecimal(xml.getElementText()));
                    default -> {
                    }
                }
            }
        }
        return new PublishedPain001(messageId, count == null ? -1 : count, controlSum, endToEndIds, amounts);
    }

    /** Throws a {@link org.xml.sax.SAXException} naming the line unless the file is a valid pain.001.001.09. */
    static void validate(Path file) throws Exception {
        schema().newValidator().validate(new StreamSource(file.toFile()));
    }

    /** The manifest published next to a file. */
    static Manifest manifest(Path file) throws Exception {
        JsonNode manifest = JsonMapper.shared().readTree(Files.readAllBytes(manifestOf(file)));
        return new Manifest(manifest.required("file").asString(), manifest.required("messageId").asString(),
                manifest.required("numberOfTransactions").asLong(),
                new BigDecimal(manifest.required("controlSum").asString()), manifest.required("sha256").asString());
    }

    static Path manifestOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".manifest.json");
    }

    private static synchronized Schema schema() throws Exception {
        if (schema == null) {
            URL xsd = PublishedPain001.class.getClassLoader().getResource(PAIN_001_001_09);
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        }
        return schema;
    }

    /** What a file's manifest says of it. */
    record Manifest(String file, String messageId, long numberOfTransactions, BigDecimal controlSum, String sha256) {
    }
}
