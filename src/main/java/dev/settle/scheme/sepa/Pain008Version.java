package dev.settle.scheme.sepa;

/**
 * The pain.008 (customer direct debit initiation) message versions the writer produces.
 * <p>
 * {@link #V08} is the 2019 edition the EPC SDD rulebooks move to and the default; {@link #V02} is the 2009
 * edition most SEPA banks still take.
 */
public enum Pain008Version {

    /** pain.008.001.02. */
    V02("urn:iso:std:iso:20022:tech:xsd:pain.008.001.02", "iso20022/pain.008.001.02.xsd"),

    /** pain.008.001.08. */
    V08("urn:iso:std:iso:20022:tech:xsd:pain.008.001.08", "iso20022/pain.008.001.08.xsd");

    /** The version to write unless a bank asks for another. */
    public static final Pain008Version DEFAULT = V08;

    private final String namespace;

    private final String schemaResource;

    Pain008Version(String namespace, String schemaResource) {
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
