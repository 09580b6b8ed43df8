package dev.settle.reconciliation.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/** The fixtures of the camt reader tests, reading them, checking them against their schemas, generating big ones. */
final class CamtFiles {

    private CamtFiles() {
    }

    /** Everything a read gave: the entries in order and the problems as met. */
    record Read(List<ReportEntry> entries, List<ReportProblem> problems) {

        ReportEntry entry(int position) {
            return entries.get(position - 1);
        }
    }

    static Path fixture(String name) {
        return resource("/fixtures/reconciliation/" + name);
    }

    static Read read(Path file, ReportFormat format) {
        List<ReportProblem> problems = new ArrayList<>();
        try (Stream<ReportEntry> entries = new CamtReader().read(file, format, problems::add)) {
            return new Read(entries.toList(), problems);
        }
    }

    static Read read(String fixture, ReportFormat format) {
        return read(fixture(fixture), format);
    }

    /** Throws a {@link org.xml.sax.SAXException} naming the line if the file does not validate. */
    static void validate(Path file, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(resource("/iso20022/" + schema).toFile()).newValidator()
                .validate(new StreamSource(file.toFile()));
    }

    /** Writes a camt.054.001.08 notification holding the given {@code Ntry} elements. */
    static Path writeNotification(Path file, String entries) throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\""
                + ReportFormat.CAMT_054_001_08.namespace() + "\"><BkToCstmrDbtCdtNtfctn><Ntfctn>\n" + entries
                + "\n</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n");
    }

    /**
     * Writes a camt.054.001.08 of {@code entries} batch bookings of {@code perEntry} credit transfers each, our
     * files {@code F1}, {@code F2}, … and end-to-end ids {@code S1-1}, {@code S2-1}, …, each for 1.00 EUR.
     */
    static Path writeBatchNotification(Path file, int entries, int perEntry) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\""
                    + ReportFormat.CAMT_054_001_08.namespace() + "\"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BIG"
                    + "</MsgId><CreDtTm>2031-03-04T18:00:00</CreDtTm></GrpHdr><Ntfctn><Id>BIG-1</Id><Acct><Id><IBAN>"
                    + "DE89370400440532013000</IBAN></Id></Acct>\n");
            int payment = 0;
            for (int entry = 1; entry <= entries; entry++) {
                out.write("<Ntry><Amt Ccy=\"EUR\">" + perEntry + ".00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK"
                        + "</Cd></Sts><BookgDt><Dt>2031-03-04</Dt></BookgDt><AcctSvcrRef>BANK-" + entry
                        + "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
                        + "</Fmly></Domn></BkTxCd><NtryDtls><Btch><MsgId>F" + entry + "</MsgId><PmtInfId>F" + entry
                        + "-1</PmtInfId><NbOfTxs>" + perEntry + "</NbOfTxs></Btch>\n");
                for (int i = 0; i < perEntry; i++) {
                    out.write("<TxDtls><Refs><EndToEndId>S" + ++payment + "-1</EndToEndId></Refs><Amt Ccy=\"EUR\">"
                            + "1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls>\n");
                }
                out.write("</NtryDtls></Ntry>\n");
            }
            out.write("</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n");
        }
        return file;
    }

    private static Path resource(String name) {
        URL url = CamtFiles.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
