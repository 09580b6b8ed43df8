package dev.settle.settlement;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A published SEPA file as the tests read it: group header totals and its payment blocks. */
record SepaFileContents(String messageId, long numberOfTransactions, BigDecimal controlSum, List<Block> blocks) {

    /** One PmtInf block. */
    record Block(String id, String date, String sequenceType, long numberOfTransactions, BigDecimal controlSum,
            List<String> endToEndIds, List<BigDecimal> amounts) {
    }

    static SepaFileContents read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        Element header = first(document.getDocumentElement(), "GrpHdr");
        List<Block> blocks = new ArrayList<>();
        NodeList infos = document.getElementsByTagNameNS("*", "PmtInf");
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            Element sequence = first(info, "SeqTp");
            Element date = first(info, "ReqdColltnDt") != null ? first(info, "ReqdColltnDt") : first(info, "ReqdExctnDt");
            Element dateValue = first(date, "Dt") != null ? first(date, "Dt") : date;
            List<String> ids = new ArrayList<>();
            NodeList endToEnd = info.getElementsByTagNameNS("*", "EndToEndId");
            for (int e = 0; e < endToEnd.getLength(); e++) {
                ids.add(endToEnd.item(e).getTextContent());
            }
            List<BigDecimal> amounts = new ArrayList<>();
            NodeList amountNodes = info.getElementsByTagNameNS("*", "InstdAmt");
            for (int a = 0; a < amountNodes.getLength(); a++) {
                amounts.add(new BigDecimal(amountNodes.item(a).getTextContent()));
            }
            blocks.add(new Block(text(info, "PmtInfId"), dateValue.getTextContent(),
                    sequence == null ? null : sequence.getTextContent(), Long.parseLong(text(info, "NbOfTxs")),
                    new BigDecimal(text(info, "CtrlSum")), ids, amounts));
        }
        return new SepaFileContents(text(header, "MsgId"), Long.parseLong(text(header, "NbOfTxs")),
                new BigDecimal(text(header, "CtrlSum")), blocks);
    }

    /** Throws naming the line when the file does not validate against the schema on the class path. */
    static void validate(Path file, String schemaResource) throws Exception {
        URL schema = SepaFileContents.class.getClassLoader().getResource(schemaResource);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    List<String> endToEndIds() {
        return blocks.stream().flatMap(block -> block.endToEndIds().stream()).toList();
    }

    private static Element first(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static String text(Element parent, String name) {
        return first(parent, name).getTextContent();
    }
}
