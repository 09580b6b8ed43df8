package dev.settle.scheme.sepa;

/**
 * The pain.001 (customer credit transfer initiation) message versions the writer produces.
 * <p>
 * {@link #V03} is the 2009 edition most SEPA banks still take; {@link #V09} is the 2019 edition the EPC
 * rulebooks move to.
 */
public enum Pain001Version {

    /** pain.001.001.03. */
    V03("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", "iso20022/pain.001.001.03.xsd"),

    /** pain.001.001.09. */
    V09("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", "iso20022/pain.001.001.09.xsd");

    private final String namespace;

    private final String schemaResource;

    Pain001Version(String namespace, String schemaResource) {
        this.namespace = namespace;
        this.schemaResource = schemaResource;
    }

    /** The XML namespace of the message's {@code Document}. */
    public String namespace() {
        return this.namespace;
    }

    /** Class-path location of the official XSD, for validating files written or received. */
    public String schemaResource() {
        return this.schemaResource;
    }

}
