package dev.settle.scheme.sepa;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads our published SEPA files back as a stream of events (StAX), so a file of any size is read in constant
 * memory. DTDs and external entities are refused: a file in the outbox is data, never instructions to fetch
 * anything.
 */
final class SepaXmlInput {

    private static final XMLInputFactory FACTORY = secureFactory();

    private SepaXmlInput() {
    }

    /** A reader over {@code in}; the caller closes both. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

}
