package dev.settle.reconciliation.report;

import java.util.Objects;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import dev.settle.reconciliation.report.ReportEntry.Scope;

/**
 * Follows a pain.002.001.03 or .10 document event by event and completes its entries one at a time, so memory
 * stays flat. Elements are matched by local name within the document's namespace and by their place below the level
 * they belong to; anything else, known to the schema or not, is passed over.
 */
final class Pain002Parser {

    private static final String REPORT = "CstmrPmtStsRpt";

    private static final int MAX_STEPS_BELOW_LEVEL = 3;

    private final XMLStreamReader xml;

    private final Consumer<ReportProblem> problems;

    private final ReportFormat format;

    private final Pain002Entries entries;

    private final ElementPath path = new ElementPath();

    private final Pain002Level group = new Pain002Level(Scope.FILE, "OrgnlGrpInfAndSts", "OrgnlMsgId", "GrpSts");

    private final Pain002Level block = new Pain002Level(Scope.BLOCK, "OrgnlPmtInfAndSts", "OrgnlPmtInfId", "PmtInfSts");

    private final Pain002Level transaction = new Pain002Level(Scope.PAYMENT, "TxInfAndSts", "OrgnlEndToEndId", "TxSts");

    private final ElementText text = new ElementText();

    private String namespace;

    private String messageId;

    private boolean groupSeen;

    private boolean blockTaken;

    Pain002Parser(ReportFormat format, XMLStreamReader xml, Consumer<ReportProblem> problems) {
        this.format = format;
        this.xml = xml;
        this.problems = problems;
        this.entries = new Pain002Entries(problems);
    }

    /** Takes the event the reader is at; returns the entry it completes, or null. */
    ReportEntry take(int event) {
        return switch (event) {
            case XMLStreamConstants.START_ELEMENT -> start();
            case XMLStreamConstants.END_ELEMENT -> end();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                this.text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), this.xml.getTextLength(),
                        this.path.depth());
                yield null;
            }
            default -> null;
        };
    }

    private ReportEntry start() {
        String uri = Objects.requireNonNullElse(this.xml.getNamespaceURI(), "");
        if (this.namespace == null) {
            this.namespace = uri;
            if (!uri.equals(this.format.namespace())) {
                this.problems.accept(new ReportProblem(0, "The document's namespace '" + uri + "' is not "
                        + this.format.namespace() + "; read by element names all the same"));
            }
        }
        String name = uri.equals(this.namespace) ? this.xml.getLocalName() : ElementPath.FOREIGN;
        String parent = this.path.current();
        this.path.push(name);
        int depth = this.path.depth();
        ReportEntry entry = null;
        if (REPORT.equals(parent) && this.group.element.equals(name)) {
            this.groupSeen = true;
            this.group.open(depth, line());
        }
        else if (REPORT.equals(parent) && this.block.element.equals(name)) {
            this.block.open(depth, line());
            this.blockTaken = false;
        }
        else if (this.block.isOpenAt(depth - 1) && this.transaction.element.equals(name)) {
            entry = takeBlock();
            this.transaction.open(depth, line());
        }
        else {
            capture(depth);
        }
        return entry;
    }

    private void capture(int depth) {
        Pain002Level level = this.transaction.isOpen() ? this.transaction
                : this.block.isOpen() ? this.block : this.group.isOpen() ? this.group : null;
        String below = (level != null) ? this.path.below(level.depth, MAX_STEPS_BELOW_LEVEL) : null;
        if (below != null && level.wants(below)) {
            this.text.start(level, below, depth);
            if (below.endsWith("InstdAmt")) {
                level.currency = this.xml.getAttributeValue(null, "Ccy");
            }
        }
    }

    private ReportEntry end() {
        int depth = this.path.depth();
        ReportEntry entry = null;
        if (this.text.endsAt(depth)) {
            this.text.finish();
        }
        else if (this.transaction.isOpenAt(depth)) {
            entry = this.entries.payment(this.messageId, this.block.id, this.transaction);
            this.transaction.close();
        }
        else if (this.block.isOpenAt(depth)) {
            entry = takeBlock();
            this.block.close();
        }
        else if (this.group.isOpenAt(depth)) {
            this.messageId = this.group.id;
            entry = this.entries.group(this.group);
            this.group.close();
        }
        else if (REPORT.equals(this.path.current()) && !this.groupSeen) {
            this.problems.accept(new ReportProblem(0, "No OrgnlGrpInfAndSts: the report names none of our files"));
        }
        this.path.pop();
        return entry;
    }

    /** The block's entry, once, before its first transaction or at its end. */
    private ReportEntry takeBlock() {
        if (this.blockTaken) {
            return null;
        }
        this.blockTaken = true;
        return this.entries.block(this.messageId, this.block);
    }

    private int line() {
        return (this.xml.getLocation() != null) ? this.xml.getLocation().getLineNumber() : -1;
    }
}
