package dev.settle.reconciliation.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one of our pain.001 / pain.008 files (StAX, constant memory) into a {@link PainVisitor}: the group
 * header, each block's header, each payment's EndToEndId, amount and currency. Anything that shows the file is not
 * one of ours (another document, a block or payment without the identifiers our writers always give) fails with a
 * {@link SimulationException} naming the file and line.
 */
final class PainFileReader {

    private static final XMLInputFactory FACTORY = secureFactory();

    private static final String CURRENCY = "@Ccy";

    private final Path file;

    private final XMLStreamReader xml;

    private final PainVisitor visitor;

    // Each open element's path below the message element; "#" for the Document itself.
    private final Deque<String> paths = new ArrayDeque<>();

    // The texts of the header, block and payment being read, by path; only the paths of `wanted` are kept.
    private final Map<String, String> texts = new HashMap<>();

    private PainMessage message;

    private Set<String> wanted;

    private String transaction;

    private boolean headerSeen;

    private PainVisitor.Block block;

    private int blocks;

    private int payments;

    private PainFileReader(Path file, XMLStreamReader xml, PainVisitor visitor) {
        this.file = file;
        this.xml = xml;
        this.visitor = visitor;
    }

    /** Reads the whole file into {@code visitor}; answers which message it is. */
    static PainMessage read(Path file, PainVisitor visitor) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return new PainFileReader(file, xml, visitor).read();
            } finally {
                xml.close();
            }
        } catch (NoSuchFileException e) {
            throw new SimulationException(file + " does not exist", e);
        } catch (IOException e) {
            throw new SimulationException("Cannot read " + file + ": " + e, e);
        } catch (XMLStreamException e) {
            throw new SimulationException(file + " is not well-formed XML (line " + (e.getLocation() == null ? "?"
                    : e.getLocation().getLineNumber()) + "): " + e.getMessage(), e);
        }
    }

    private PainMessage read() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(paths.pop());
            }
        }
        if (!headerSeen) {
            throw notOurs("it has no group header");
        }
        return message;
    }

    private void start(String name) throws XMLStreamException {
        if (paths.isEmpty()) {
            message = PainMessage.of(xml.getNamespaceURI()).filter(m -> "Document".equals(name))
                    .orElseThrow(() -> notOurs("its document is {" + xml.getNamespaceURI() + "}" + name));
            transaction = "PmtInf/" + message.transactionElement();
            wanted = Set.of("GrpHdr/MsgId", "GrpHdr/CreDtTm", "GrpHdr/NbOfTxs", "GrpHdr/CtrlSum", "PmtInf/PmtInfId",
                    "PmtInf/NbOfTxs", "PmtInf/CtrlSum", "PmtInf/" + message.requestedDatePath(),
                    "PmtInf/" + message.accountPath(), transaction + "/PmtId/EndToEndId",
                    transaction + "/" + message.amountPath());
            paths.push("#");
            return;
        }
        String parent = paths.peek();
        if ("#".equals(parent) && !message.rootElement().equals(name)) {
            throw notOurs("its message element is " + name);
        }
        String path = "#".equals(parent) ? "" : parent.isEmpty() ? name : parent + "/" + name;
        if (wanted.contains(path)) {
            if (path.endsWith("InstdAmt")) {
                texts.put(CURRENCY, xml.getAttributeValue(null, "Ccy"));
            }
            // Reading the text consumes the end tag: the element is never pushed.
            texts.put(path, xml.getElementText().strip());
            return;
        }
        if ("PmtInf".equals(path)) {
            texts.clear();
            block = null;
            payments = 0;
        } else if (path.equals(transaction)) {
            announceBlock();
            texts.remove(transaction + "/PmtId/EndToEndId");
            texts.remove(transaction + "/" + message.amountPath());
            texts.remove(CURRENCY);
        }
        paths.push(path);
    }

    private void end(String path) {
        if ("GrpHdr".equals(path)) {
            headerSeen = true;
            visitor.header(new PainVisitor.Header(message, required("GrpHdr/MsgId"), required("GrpHdr/CreDtTm"),
                    required("GrpHdr/NbOfTxs"), texts.get("GrpHdr/CtrlSum")));
        } else if (path.equals(transaction)) {
            visitor.payment(block, new PainVisitor.Payment(++payments, required(transaction + "/PmtId/EndToEndId"),
                    amount(required(transaction + "/" + message.amountPath())), required(CURRENCY)));
        } else if ("PmtInf".equals(path)) {
            announceBlock();
            visitor.endBlock(block);
        }
    }

    private void announceBlock() {
        if (block != null) {
            return;
        }
        if (!headerSeen) {
            throw notOurs("a block comes before the group header");
        }
        block = new PainVisitor.Block(++blocks, required("PmtInf/PmtInfId"),
                date(required("PmtInf/" + message.requestedDatePath())), required("PmtInf/" + message.accountPath()),
                texts.get("PmtInf/NbOfTxs"), texts.get("PmtInf/CtrlSum"));
        visitor.block(block);
    }

    private String required(String path) {
        String text = texts.get(path);
        if (text == null || text.isEmpty()) {
            throw notOurs("it has no " + (CURRENCY.equals(path) ? "currency of an amount" : path)
                    + (block == null ? "" : " in block " + block.id()));
        }
        return text;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw notOurs("'" + text + "' is not a date");
        }
    }

    private BigDecimal amount(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw notOurs("'" + text + "' is not an amount");
        }
    }

    private SimulationException notOurs(String why) {
        int line = xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
        return new SimulationException(file + " is not one of our pain.001 / pain.008 files: " + why
                + (line > 0 ? " (line " + line + ")" : ""));
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
