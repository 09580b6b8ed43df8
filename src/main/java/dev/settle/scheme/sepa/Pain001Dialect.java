package dev.settle.scheme.sepa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;

/**
 * What differs between pain.001 versions: the generated types each part of the message is built from. Values
 * arrive already checked and cleaned by {@link SepaFields}; a dialect only maps them onto the schema's types and
 * adds the SEPA constants (service level {@code SEPA}, charge bearer {@code SLEV}, currency {@code EUR}).
 */
abstract class Pain001Dialect {

    static final String EUR = "EUR";

    static final String SEPA_SERVICE_LEVEL = "SEPA";

    /** What the EPC guidelines write for a debtor agent when only the IBAN is known. */
    static final String NOT_PROVIDED = "NOTPROVIDED";

    // xs:dateTime requires seconds, which OffsetDateTime.toString() leaves out when they are zero.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final String namespace;

    Pain001Dialect(Pain001Version version) {
        this.namespace = version.namespace();
    }

    static Pain001Dialect of(Pain001Version version) {
        return switch (version) {
            case V03 -> new Pain001V03Dialect();
            case V09 -> new Pain001V09Dialect();
        };
    }

    /** The context knowing this version's generated types; shared, as creating one is expensive. */
    abstract JAXBContext context();

    /** The {@code GrpHdr} element. */
    abstract JAXBElement<?> groupHeader(FileHeader header);

    /** The elements of a {@code PmtInf} that precede its transactions, in schema order. */
    abstract List<JAXBElement<?>> blockHeader(PaymentBlock block, Originator originator);

    /** One {@code CdtTrfTxInf} element. */
    abstract JAXBElement<?> transaction(CreditTransfer transfer);

    String namespace() {
        return this.namespace;
    }

    <T> JAXBElement<T> element(String localName, Class<T> type, T value) {
        return new JAXBElement<>(new QName(this.namespace, localName), type, value);
    }

    static XMLGregorianCalendar dateTime(OffsetDateTime value) {
        return datatypes().newXMLGregorianCalendar(DATE_TIME.format(value));
    }

    static XMLGregorianCalendar date(LocalDate value) {
        return datatypes().newXMLGregorianCalendar(value.toString());
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        }
        catch (DatatypeConfigurationException ex) {
            throw new IllegalStateException("No javax.xml.datatype implementation available", ex);
        }
    }

}
