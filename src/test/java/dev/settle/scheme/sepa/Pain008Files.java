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

/** Reads produced pain.008 files back: the totals, block settings, mandates and texts they contain. */
final class Pain008Files {

    private Pain008Files() {
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
                    case "DrctDbtTxInf" -> block.transactions++;
                    case "PmtInfId" -> block.id = text(xml, path);
                    case "NbOfTxs" -> contents.counts().add(Long.valueOf(text(xml, path)));
                    case "CtrlSum" -> contents.sums().add(new BigDecimal(text(xml, path)));
                    case "SeqTp" -> block.sequenceType = text(xml, path);
                    case "ReqdColltnDt" -> block.collectionDate = text(xml, path);
                    case "InstdAmt" -> block.amounts = block.amounts.add(new BigDecimal(text(xml, path)));
                    case "EndToEndId" -> block.endToEndIds.add(text(xml, path));
                    case "MndtId" -> block.mandateIds.add(text(xml, path));
                    case "DtOfSgntr" -> block.signatureDates.add(text(xml, path));
                    case "Ustrd" -> block.remittances.add(text(xml, path));
                    case "Prtry" -> block.schemeNames.add(text(xml, path));
                    case "Cd" -> {
                        if ("LclInstrm".equals(parent)) {
                            block.localInstrument = text(xml, path);
                        }
                        else if ("SvcLvl".equals(parent)) {
                            block.serviceLevel = text(xml, path);
                        }
                    }
                    case "Id" -> {
                        if ("Othr".equals(parent) && path.contains("CdtrSchmeId")) {
                            block.creditorSchemeIds.add(text(xml, path));
                        }
                        else if ("Othr".equals(parent) && path.contains("DbtrAgt")) {
                            block.debtorAgents.add(text(xml, path));
                        }
                    }
                    case "BIC", "BICFI" -> {
                        if (path.contains("DbtrAgt")) {
                            block.debtorAgents.add(text(xml, path));
                        }
                    }
                    case "Nm" -> {
                        if ("Dbtr".equals(parent)) {
                            block.debtorNames.add(text(xml, path));
                        }
                        else {
                            contents.creditorNames().add(text(xml, path));
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
     * group header's first, then each block's. {@code creditorNames} holds the initiating party's and every
     * block's creditor name.
     */
    record Contents(List<Long> counts, List<BigDecimal> sums, List<Block> blocks, List<String> creditorNames) {

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

        String sequenceType;

        String localInstrument;

        String serviceLevel;

        String collectionDate;

        long transactions;

        BigDecimal amounts = BigDecimal.ZERO;

        final List<String> creditorSchemeIds = new ArrayList<>();

        final List<String> schemeNames = new ArrayList<>();

        final List<String> endToEndIds = new ArrayList<>();

        final List<String> mandateIds = new ArrayList<>();

        final List<String> signatureDates = new ArrayList<>();

        final List<String> debtorNames = new ArrayList<>();

        final List<String> debtorAgents = new ArrayList<>();

        final List<String> remittances = new ArrayList<>();

    }

}
