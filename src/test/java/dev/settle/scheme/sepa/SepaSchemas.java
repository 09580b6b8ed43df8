package dev.settle.scheme.sepa;

import java.net.URL;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/** Validates produced files against the official schemas and the SEPA-strict variants kept for tests. */
final class SepaSchemas {

    /** The Deutsche Kreditwirtschaft's SEPA-strict pain.001.001.03. */
    static final String PAIN001_V03_SEPA_STRICT = "iso20022/pain.001.001.03-sepa-dk.xsd";

    /** The Deutsche Kreditwirtschaft's SEPA-strict pain.008.001.02. */
    static final String PAIN008_V02_SEPA_STRICT = "iso20022/pain.008.001.02-sepa-dk.xsd";

    private SepaSchemas() {
    }

    /** Throws a {@link org.xml.sax.SAXException} naming the line if the file does not validate. */
    static void validate(Path file, String schemaResource) throws Exception {
        URL schema = SepaSchemas.class.getClassLoader().getResource(schemaResource);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(schema).newValidator().validate(new StreamSource(file.toFile()));
    }

}
