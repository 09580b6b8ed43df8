package dev.settle.scheme.sepa;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;

/**
 * Writes one pain.001 document to a stream in constant memory through a {@link SepaDocument}, each transaction
 * as soon as it is read. Only running totals are kept; each block's announced count and control sum are checked
 * against them by a {@link BlockTally}, and a mismatch fails the document.
 */
final class Pain001Stream {

    private final Pain001Dialect dialect;

    Pain001Stream(Pain001Dialect dialect) {
        this.dialect = dialect;
    }

    /** Writes the document; the header has been checked, each block and transaction is checked here. */
    void write(OutputStream out, FileHeader header, List<PaymentBlock> blocks,
            Function<PaymentBlock, Iterator<CreditTransfer>> entries) throws XMLStreamException, JAXBException {
        SepaDocument document = SepaDocument.start(out, this.dialect, "CstmrCdtTrfInitn");
        document.write(this.dialect.groupHeader(header));
        for (PaymentBlock block : blocks) {
            PaymentBlock checked = Pain001Checks.block(block);
            document.startBlock();
            for (var element : this.dialect.blockHeader(checked, header.originator())) {
                document.write(element);
            }
            // The caller's own block, not the checked copy: the caller may look its transactions up by it.
            Iterator<CreditTransfer> transfers = entries.apply(block);
            BlockTally tally = new BlockTally(checked.paymentInformationId(), checked.numberOfTransactions(),
                    checked.controlSum());
            while (transfers.hasNext()) {
                CreditTransfer transfer = Pain001Checks.transfer(checked, tally.nextPosition(), transfers.next());
                tally.add(transfer.amount());
                document.write(this.dialect.transaction(transfer));
            }
            tally.finish();
            document.endBlock();
        }
        document.finish();
    }

}
