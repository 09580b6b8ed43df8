package dev.settle.scheme.sepa;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;

/**
 * Writes one pain.008 document to a stream in constant memory through a {@link SepaDocument}, each direct debit
 * as soon as it is read. Only running totals are kept; each block's announced count and control sum are checked
 * against them by a {@link BlockTally}, and a mismatch fails the document.
 */
final class Pain008Stream {

    private final Pain008Dialect dialect;

    Pain008Stream(Pain008Dialect dialect) {
        this.dialect = dialect;
    }

    /** Writes the document; the header has been checked, each block and transaction is checked here. */
    void write(OutputStream out, DirectDebitFileHeader header, List<CollectionBlock> blocks,
            Function<CollectionBlock, Iterator<DirectDebit>> entries) throws XMLStreamException, JAXBException {
        SepaDocument document = SepaDocument.start(out, this.dialect, "CstmrDrctDbtInitn");
        document.write(this.dialect.groupHeader(header));
        for (CollectionBlock block : blocks) {
            CollectionBlock checked = Pain008Checks.block(block);
            document.startBlock();
            for (var element : this.dialect.blockHeader(checked, header.creditor())) {
                document.write(element);
            }
            // The caller's own block, not the checked copy: the caller may look its transactions up by it.
            Iterator<DirectDebit> debits = entries.apply(block);
            BlockTally tally = new BlockTally(checked.paymentInformationId(), checked.numberOfTransactions(),
                    checked.controlSum());
            while (debits.hasNext()) {
                DirectDebit debit = Pain008Checks.debit(checked, tally.nextPosition(), debits.next());
                tally.add(debit.amount());
                document.write(this.dialect.transaction(debit));
            }
            tally.finish();
            document.endBlock();
        }
        document.finish();
    }

}
