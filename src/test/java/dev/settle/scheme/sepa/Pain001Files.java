package dev.settle.scheme.sepa;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** Reads produced pain.001 files back: the totals and texts they contain. */
final class Pain001Files {

    private Pain001Files() {
    }

    static Contents read(Path file) throws Exception {
        Contents contents = new Contents(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Deque<String> path = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            Block block = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String parent = path.peek();
                path.push(name);
                switch (name) {
                    case "PmtInf" -> {
                        block = new Block();
                        contents.blocks().add(block);
                    }
                    case "CdtTrfTxInf" -> block.transactions++;
                    case "PmtInfId" -> block.id = text(xml, path);
                    case "NbOfTxs" -> contents.counts().add(Long.valueOf(text(xml, path)));
                    case "CtrlSum" -> contents.sums().add(new BigDecimal(text(xml, path)));
                    case "InstdAmt" -> block.amounts = block.amounts.add(new BigDecimal(text(xml, path)));
                    case "EndToEndId" -> block.endToEndIds.add(text(xml, path));
                    case "Ustrd" -> block.remittances.add(text(xml, path));
                    case "Nm" -> {
                        if ("Cdtr".equals(parent)) {
                            block.creditorNames.add(text(xml, path));
                        }
                        else {
                            contents.debtorNames().add(text(xml, path));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return contents;
    }

    // getElementText() consumes the end tag, so the path is popped here rather than by the loop.
    private static String text(XMLStreamReader xml, Deque<String> path) throws Exception {
        String text = xml.getElementText();
        path.pop();
        return text;
    }

    /**
     * What a file says. {@code counts} and {@code sums} hold every NbOfTxs and CtrlSum in document order: the
     * group header's first, then each block's.
     */
    record Contents(List<Long> counts, List<BigDecimal> sums, List<Block> blocks, List<String> debtorNames) {

        long transactions() {
            return this.blocks.stream().mapToLong((block) -> block.transactions).sum();
        }

        BigDecimal amounts() {
            return this.blocks.stream().map((block) -> block.amounts).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

    }

    /** One PmtInf as written. */
    static final class Block {

        String id;

        long transactions;

        BigDecimal amounts = BigDecimal.ZERO;

        final List<String> endToEndIds = new ArrayList<>();

        final List<String> creditorNames = new ArrayList<>();

        final List<String> remittances = new ArrayList<>();

    }

}
