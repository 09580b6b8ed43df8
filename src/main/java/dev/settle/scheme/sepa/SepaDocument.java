package dev.settle.scheme.sepa;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * One ISO 20022 document written in constant memory: StAX writes the envelope ({@code Document}, the message
 * element, each {@code PmtInf}) and JAXB marshals every other element as a fragment, so nothing but the element
 * being written is held.
 */
final class SepaDocument {

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final String namespace;

    private final Marshaller marshaller;

    private final XMLStreamWriter xml;

    private SepaDocument(String namespace, Marshaller marshaller, XMLStreamWriter xml) {
        this.namespace = namespace;
        this.marshaller = marshaller;
        this.xml = xml;
    }

    /** Starts the document and its message element, e.g. {@code CstmrDrctDbtInitn}. */
    static SepaDocument start(OutputStream out, SepaDialect dialect, String messageElement)
            throws XMLStreamException, JAXBException {
        String namespace = dialect.namespace();
        Marshaller marshaller = dialect.context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, "Document");
        xml.writeDefaultNamespace(namespace);
        xml.writeStartElement(namespace, messageElement);
        return new SepaDocument(namespace, marshaller, xml);
    }

    void write(JAXBElement<?> element) throws JAXBException {
        this.marshaller.marshal(element, this.xml);
    }

    void startBlock() throws XMLStreamException {
        this.xml.writeStartElement(this.namespace, "PmtInf");
    }

    void endBlock() throws XMLStreamException {
        this.xml.writeEndElement();
    }

    /** Closes the message element and the document and flushes; the underlying stream stays open. */
    void finish() throws XMLStreamException {
        this.xml.writeEndElement();
        this.xml.writeEndElement();
        this.xml.writeEndDocument();
        this.xml.flush();
        this.xml.close();
    }

}
