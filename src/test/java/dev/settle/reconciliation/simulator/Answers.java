package dev.settle.reconciliation.simulator;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the simulator's small answer files back in tests: XPath over the document, prefix {@code d}. */
final class Answers {

    private final Document document;

    private final XPath xpath;

    private Answers(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        String namespace = document.getDocumentElement().getNamespaceURI();
        this.xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "d".equals(prefix) ? namespace : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    static Answers read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return new Answers(factory.newDocumentBuilder().parse(file.toFile()));
    }

    /** Throws a {@link org.xml.sax.SAXException} naming the line if the file does not validate. */
    static void validate(Path file, String schemaResource) throws Exception {
        URL schema = Answers.class.getClassLoader().getResource(schemaResource);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
            .validate(new StreamSource(file.toFile()));
    }

    /** The texts of the nodes {@code expression} selects, in document order. */
    List<String> texts(String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            texts.add(node.getTextContent().strip());
        }
        return texts;
    }

    /** The text of the one node {@code expression} selects. */
    String text(String expression) throws Exception {
        List<String> texts = texts(expression);
        if (texts.size() != 1) {
            throw new AssertionError(expression + " selects " + texts.size() + " nodes: " + texts);
        }
        return texts.get(0);
    }
}
