package dev.settle.scheme.sepa;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Writes one pain.001 document to a stream in constant memory: StAX writes the envelope ({@code Document},
 * {@code CstmrCdtTrfInitn}, {@code PmtInf}) and JAXB marshals every other element, each transaction as a fragment
 * as soon as it is read. Only running totals are kept; each block's announced count and control sum are checked
 * against them, and a mismatch fails the document.
 */
final class Pain001Stream {

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final Pain001Dialect dialect;

    Pain001Stream(Pain001Dialect dialect) {
        this.dialect = dialect;
    }

    /** Writes the document; the header has been checked, each block and transaction is checked here. */
    void write(OutputStream out, FileHeader header, List<PaymentBlock> blocks,
            Function<PaymentBlock, Iterator<CreditTransfer>> entries) throws XMLStreamException, JAXBException {
        String namespace = this.dialect.namespace();
        Marshaller marshaller = this.dialect.context().createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(namespace);
        xml.writeStartElement(namespace, "Document");
        xml.writeDefaultNamespace(namespace);
        xml.writeStartElement(namespace, "CstmrCdtTrfInitn");
        marshaller.marshal(this.dialect.groupHeader(header), xml);
        for (PaymentBlock block : blocks) {
            PaymentBlock checked = Pain001Checks.block(block);
            xml.writeStartElement(namespace, "PmtInf");
            for (Object element : this.dialect.blockHeader(checked, header.originator())) {
                marshaller.marshal(element, xml);
            }
            // The caller's own block, not the checked copy: the caller may look its transactions up by it.
            writeTransactions(marshaller, xml, checked, entries.apply(block));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void writeTransactions(Marshaller marshaller, XMLStreamWriter xml, PaymentBlock block,
            Iterator<CreditTransfer> transfers) throws JAXBException {
        long count = 0;
        BigDecimal sum = BigDecimal.ZERO;
        while (transfers.hasNext()) {
            CreditTransfer transfer = checked(block, count + 1, transfers.next());
            count++;
            // Fail at the first surplus transaction instead of streaming the rest of an oversized block.
            if (count > block.numberOfTransactions()) {
                throw mismatch(block, "more than " + block.numberOfTransactions() + " transactions");
            }
            sum = sum.add(transfer.amount());
            marshaller.marshal(this.dialect.transaction(transfer), xml);
        }
        if (count != block.numberOfTransactions()) {
            throw mismatch(block, count + " transactions instead of " + block.numberOfTransactions());
        }
        if (sum.compareTo(block.controlSum()) != 0) {
            throw mismatch(block, "a sum of " + sum.toPlainString() + " instead of the control sum "
                    + block.controlSum().toPlainString());
        }
    }

    private static CreditTransfer checked(PaymentBlock block, long position, CreditTransfer transfer) {
        try {
            return new CreditTransfer(SepaFields.identifier("EndToEndId", transfer.endToEndId()),
                    SepaFields.amount("Transfer", transfer.amount()),
                    SepaFields.name("Creditor name", transfer.creditorName()),
                    SepaFields.iban("Creditor", transfer.creditorIban()),
                    SepaFields.bic("Creditor", transfer.creditorBic()),
                    SepaFields.remittance(transfer.remittanceInformation()));
        }
        catch (Pain001Exception ex) {
            throw new Pain001Exception("Block " + block.paymentInformationId() + ", transaction " + position
                    + " (EndToEndId " + transfer.endToEndId() + "): " + ex.getMessage(), ex);
        }
    }

    private static Pain001Exception mismatch(PaymentBlock block, String streamed) {
        return new Pain001Exception("Block " + block.paymentInformationId() + " streamed " + streamed
                + " announced");
    }

}
