package dev.settle.scheme.sepa;

import java.util.List;

import jakarta.xml.bind.JAXBElement;

/**
 * What differs between pain.008 versions: the generated types each part of the message is built from. Values
 * arrive already checked and cleaned by {@link SepaFields}; a dialect only maps them onto the schema's types and
 * adds the SEPA Core constants (payment method {@code DD}, service level {@code SEPA}, local instrument
 * {@code CORE}, charge bearer {@code SLEV}, currency {@code EUR}, creditor scheme name {@code SEPA}).
 */
abstract class Pain008Dialect extends SepaDialect {

    static final String CORE = "CORE";

    /** The proprietary scheme name a SEPA creditor identifier is written with. */
    static final String CREDITOR_SCHEME = "SEPA";

    Pain008Dialect(Pain008Version version) {
        super(version.namespace());
    }

    static Pain008Dialect of(Pain008Version version) {
        return switch (version) {
            case V02 -> new Pain008V02Dialect();
            case V08 -> new Pain008V08Dialect();
        };
    }

    /** The {@code GrpHdr} element. */
    abstract JAXBElement<?> groupHeader(DirectDebitFileHeader header);

    /** The elements of a {@code PmtInf} that precede its transactions, in schema order. */
    abstract List<JAXBElement<?>> blockHeader(CollectionBlock block, Creditor creditor);

    /** One {@code DrctDbtTxInf} element. */
    abstract JAXBElement<?> transaction(DirectDebit debit);

}
