package dev.settle.scheme.sepa;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;

/**
 * What every message version's dialect shares: its namespace, its JAXB context, the SEPA constants and the
 * conversion of dates and elements to the generated types' form.
 */
abstract class SepaDialect {

    static final String EUR = "EUR";

    static final String SEPA_SERVICE_LEVEL = "SEPA";

    /** What the EPC guidelines write for an agent when only the IBAN is known. */
    static final String NOT_PROVIDED = "NOTPROVIDED";

    // xs:dateTime requires seconds, which OffsetDateTime.toString() leaves out when they are zero.
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final String namespace;

    SepaDialect(String namespace) {
        this.namespace = namespace;
    }

    /** The context knowing this version's generated types; shared, as creating one is expensive. */
    abstract JAXBContext context();

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

    /** The context for a generated package, given its {@code ObjectFactory}. */
    static JAXBContext newContext(Class<?> objectFactory) {
        try {
            return JAXBContext.newInstance(objectFactory);
        }
        catch (JAXBException ex) {
            throw new IllegalStateException("Cannot load the JAXB types of " + objectFactory.getPackageName(), ex);
        }
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
