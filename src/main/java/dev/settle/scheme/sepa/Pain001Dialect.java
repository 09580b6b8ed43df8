package dev.settle.scheme.sepa;

import java.util.List;

import jakarta.xml.bind.JAXBElement;

/**
 * What differs between pain.001 versions: the generated types each part of the message is built from. Values
 * arrive already checked and cleaned by {@link SepaFields}; a dialect only maps them onto the schema's types and
 * adds the SEPA constants (service level {@code SEPA}, charge bearer {@code SLEV}, currency {@code EUR}).
 */
abstract class Pain001Dialect extends SepaDialect {

    Pain001Dialect(Pain001Version version) {
        super(version.namespace());
    }

    static Pain001Dialect of(Pain001Version version) {
        return switch (version) {
            case V03 -> new Pain001V03Dialect();
            case V09 -> new Pain001V09Dialect();
        };
    }

    /** The {@code GrpHdr} element. */
    abstract JAXBElement<?> groupHeader(FileHeader header);

    /** The elements of a {@code PmtInf} that precede its transactions, in schema order. */
    abstract List<JAXBElement<?>> blockHeader(PaymentBlock block, Originator originator);

    /** One {@code CdtTrfTxInf} element. */
    abstract JAXBElement<?> transaction(CreditTransfer transfer);

}
