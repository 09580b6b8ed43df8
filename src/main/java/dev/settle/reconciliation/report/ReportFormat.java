package dev.settle.reconciliation.report;

/** The report formats the reconciliation reads, recognised from a file's content, never from its name. */
public enum ReportFormat {
    PAIN_002_001_03("urn:iso:std:iso:20022:tech:xsd:pain.002.001.03"),
    PAIN_002_001_10("urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"),
    CAMT_053_001_02("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"),
    CAMT_053_001_08("urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"),
    CAMT_054_001_02("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"),
    CAMT_054_001_04("urn:iso:std:iso:20022:tech:xsd:camt.054.001.04"),
    CAMT_054_001_08("urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"),
    /** Our own documented CSV settlement report for PSPs; recognised by its header line. */
    PSP_SETTLEMENT_CSV(null);

    private final String namespace;

    ReportFormat(String namespace) {
        this.namespace = namespace;
    }

    /** The XML namespace of the format's document element, or null for a CSV format. */
    public String namespace() {
        return namespace;
    }
}
