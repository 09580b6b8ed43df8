package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;

/**
 * The pain.002 fixtures, the schemas they are checked against, a reading of a file with its problems, and the
 * entries a reading should hold.
 */
final class Pain002Fixtures {

    /** The Deutsche Kreditwirtschaft's EPC-restricted pain.002.001.03, the only public schema of that version. */
    static final String V03_SCHEMA = "iso20022/pain.002.001.03-sepa-dk.xsd";

    /** The ISO pain.002.001.10 schema. */
    static final String V10_SCHEMA = "iso20022/pain.002.001.10.xsd";

    private Pain002Fixtures() {
    }

    static Path fixture(String name) {
        return resource("fixtures/reconciliation/" + name);
    }

    /** Every entry and problem of the file, read to its end through a closed stream. */
    static Reading read(Path file, ReportFormat format) {
        List<ReportProblem> problems = new ArrayList<>();
        try (Stream<ReportEntry> entries = new Pain002Reader().read(file, format, problems::add)) {
            return new Reading(entries.toList(), problems);
        }
    }

    static Reading read(String fixture) {
        return read(fixture(fixture), fixture.contains("-v03-") ? ReportFormat.PAIN_002_001_03
                : ReportFormat.PAIN_002_001_10);
    }

    /** Throws a {@link org.xml.sax.SAXException} naming the line if the file does not validate. */
    static void validate(Path file, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(resource(schema).toFile()).newValidator().validate(new StreamSource(file.toFile()));
    }

    private static Path resource(String name) {
        URL url = Pain002Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The status entry the reader should make of a group status. */
    static ReportEntry file(int position, String messageId, String status, String reasonCode, String reasonText) {
        return entry(position, Scope.FILE, messageId, null, null, null, status, reasonCode, reasonText, null, null);
    }

    /** The status entry the reader should make of a payment information status. */
    static ReportEntry block(int position, String messageId, String blockId, String status, String reasonCode,
            String reasonText) {
        return entry(position, Scope.BLOCK, messageId, blockId, null, null, status, reasonCode, reasonText, null,
                null);
    }

    /** The status entry the reader should make of a transaction status; amounts are in euro. */
    static ReportEntry payment(int position, String messageId, String blockId, String endToEndId, String reference,
            String status, String reasonCode, String reasonText, String amount, String requestedDate) {
        return entry(position, Scope.PAYMENT, messageId, blockId, endToEndId, reference, status, reasonCode,
                reasonText, amount, requestedDate);
    }

    private static ReportEntry entry(int position, Scope scope, String messageId, String blockId, String endToEndId,
            String reference, String status, String reasonCode, String reasonText, String amount,
            String requestedDate) {
        String key = "pain.002|" + dash(messageId) + "|" + scope + "|" + dash(blockId) + "|" + dash(endToEndId) + "|"
                + status + "|" + dash(reasonCode);
        return new ReportEntry(position, key, EntryType.STATUS, scope, messageId, blockId, endToEndId, reference,
                status, reasonCode, reasonText, (amount != null) ? new BigDecimal(amount) : null,
                (amount != null) ? "EUR" : null, null, (requestedDate != null) ? LocalDate.parse(requestedDate) : null,
                null);
    }

    private static String dash(String value) {
        return (value != null) ? value : "-";
    }

    /** What a reader made of one file. */
    record Reading(List<ReportEntry> entries, List<ReportProblem> problems) {
    }
}
