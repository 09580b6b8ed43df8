package dev.settle.reconciliation.simulator;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One ISO 20022 document written element by element (StAX, constant memory, indented for people reading it) to
 * {@code <target>.part}, and renamed to its target only by {@link #publish()}: a reader of the directory sees the
 * previous file or the whole new one, never half of one. Closing an unpublished file deletes the {@code .part}.
 */
final class IsoXmlFile implements Closeable {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final Path target;

    private final Path part;

    private final FileChannel channel;

    private final OutputStream stream;

    private final XMLStreamWriter xml;

    private final String namespace;

    private int depth;

    private boolean published;

    private IsoXmlFile(Path target, String namespace) throws IOException, XMLStreamException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.namespace = namespace;
        this.channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        this.xml = OUTPUT.createXMLStreamWriter(stream, "UTF-8");
    }

    /** Starts {@code target}'s {@code Document} in {@code namespace} and its message element. */
    static IsoXmlFile start(Path target, String namespace, String messageElement) throws IOException {
        IsoXmlFile file = null;
        try {
            file = new IsoXmlFile(target, namespace);
            file.xml.writeStartDocument("UTF-8", "1.0");
            file.xml.setDefaultNamespace(namespace);
            file.xml.writeCharacters("\n");
            file.xml.writeStartElement(namespace, "Document");
            file.xml.writeDefaultNamespace(namespace);
            file.depth = 1;
            file.start(messageElement);
            return file;
        } catch (XMLStreamException | RuntimeException e) {
            if (file != null) {
                file.close();
            }
            throw new IOException("Cannot start " + target + ": " + e.getMessage(), e);
        }
    }

    /** Opens an element that will hold other elements. */
    void start(String name) {
        write(() -> {
            indent();
            xml.writeStartElement(namespace, name);
            depth++;
        });
    }

    /** Closes the element opened last. */
    void end() {
        write(() -> {
            depth--;
            indent();
            xml.writeEndElement();
        });
    }

    /** An element holding only {@code text}. */
    void text(String name, String text) {
        write(() -> {
            indent();
            xml.writeStartElement(namespace, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
    }

    /** An amount element with its {@code Ccy} attribute. */
    void amount(String name, BigDecimal amount, String currency) {
        write(() -> {
            indent();
            xml.writeStartElement(namespace, name);
            xml.writeAttribute("Ccy", currency);
            xml.writeCharacters(amount.toPlainString());
            xml.writeEndElement();
        });
    }

    /** Closes the document, forces it to disk and renames it to its target, replacing an earlier one. */
    Path publish() throws IOException {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot finish " + target + ": " + e.getMessage(), e);
        }
        stream.flush();
        channel.force(true);
        channel.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        published = true;
        return target;
    }

    @Override
    public void close() throws IOException {
        if (!published) {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    private void write(Writing writing) {
        try {
            writing.run();
        } catch (XMLStreamException e) {
            throw new SimulationException("Cannot write " + part + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Writing {
        void run() throws XMLStreamException;
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
