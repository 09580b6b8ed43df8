package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.CamtFiles.fixture;
import static dev.settle.reconciliation.report.CamtFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The camt reader on hand-made files around our own pain.001 and pain.008 files, and on broken ones. */
class CamtReaderTests {

    static final LocalDate MARCH_4 = LocalDate.of(2031, 3, 4);
    static final LocalDate MARCH_5 = LocalDate.of(2031, 3, 5);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "valid-camt054-v08-pain001-batch-booked.xml, camt.054.001.08.xsd, ",
        "valid-camt053-v02-statement.xml, camt.053.001.02.xsd, camt.053.001.02-sepa-dk.xsd",
        "valid-camt054-v02-pain008-collection-booked.xml, camt.054.001.02.xsd, camt.054.001.02-sepa-dk.xsd",
        "valid-camt054-v04-sdd-return-and-refund.xml, camt.054.001.04.xsd, ",
        "valid-camt053-v08-reversal.xml, camt.053.001.08.xsd, "})
    void handMadeFixturesAreValidAgainstTheirSchemas(String fixture, String schema, String sepaVariant)
            throws Exception {
        CamtFiles.validate(fixture(fixture), schema);
        if (sepaVariant != null) {
            CamtFiles.validate(fixture(fixture), sepaVariant);
        }
    }

    @Test
    void aBatchBookingOfOurCreditTransfersGivesOneBookedEntryPerPayment() {
        CamtFiles.Read read = read("valid-camt054-v08-pain001-batch-booked.xml", ReportFormat.CAMT_054_001_08);

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).extracting(ReportEntry::position, ReportEntry::type, ReportEntry::scope,
                ReportEntry::originalMessageId, ReportEntry::originalBlockId, ReportEntry::endToEndId,
                ReportEntry::schemeReference, ReportEntry::status, ReportEntry::currency, ReportEntry::bookingDate,
                ReportEntry::valueDate, ReportEntry::reasonCode)
                .containsExactly(
                        tuple(1, EntryType.BOOKED, Scope.PAYMENT, "F123", "F123-1", "S1-1", "BANK-TX-0001", "BOOK",
                                "EUR", MARCH_4, MARCH_5, null),
                        // MsgId and PmtInfId from the Btch when the transaction does not repeat them
                        tuple(2, EntryType.BOOKED, Scope.PAYMENT, "F123", "F123-1", "S2-1", "BANK-TX-0002", "BOOK",
                                "EUR", MARCH_4, MARCH_5, null));
        assertThat(read.entries()).extracting(ReportEntry::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100.00"),
                        new BigDecimal("250.10"));
        // the two charge records, not also their total; the entry's amount is not the second payment's charges
        assertThat(read.entry(1).charges()).isEqualByComparingTo("0.35");
        assertThat(read.entry(2).charges()).isNull();
        assertThat(read.entries()).extracting(ReportEntry::entryKey).containsExactly(
                "camt|BANK-20310304-0001|S1-1|BOOKED", "camt|BANK-20310304-0001|S2-1|BOOKED");
    }

    @Test
    void theStatementAndTheNotificationOfOneBookingGiveTheSameKeys() {
        List<ReportEntry> notified = read("valid-camt054-v08-pain001-batch-booked.xml", ReportFormat.CAMT_054_001_08)
                .entries();
        List<ReportEntry> stated = read("valid-camt053-v02-statement.xml", ReportFormat.CAMT_053_001_02).entries();

        assertThat(stated.subList(0, 2)).extracting(ReportEntry::entryKey)
                .containsExactlyElementsOf(notified.stream().map(ReportEntry::entryKey).toList());
        assertThat(stated.subList(0, 2)).extracting(ReportEntry::bookingDate, ReportEntry::valueDate)
                .containsOnly(tuple(MARCH_4, MARCH_5));
    }

    @Test
    void aPendingEntryKeepsItsStatusAndAnEntryWithoutDetailsHasOnlyItsOwnReferences() {
        CamtFiles.Read read = read("valid-camt053-v02-statement.xml", ReportFormat.CAMT_053_001_02);

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).hasSize(4);
        ReportEntry pending = read.entry(3);
        assertThat(pending).extracting(ReportEntry::type, ReportEntry::status, ReportEntry::endToEndId,
                ReportEntry::originalMessageId, ReportEntry::bookingDate, ReportEntry::valueDate,
                ReportEntry::entryKey)
                .containsExactly(EntryType.BOOKED, "PDNG", "S6-1", "F124", null, MARCH_5, "camt|STM-2|S6-1|BOOKED");
        // the entry's only transaction has no amount of its own: the entry's is its
        assertThat(pending.amount()).isEqualByComparingTo("75.00");
        ReportEntry fee = read.entry(4);
        assertThat(fee).extracting(ReportEntry::type, ReportEntry::scope, ReportEntry::endToEndId,
                ReportEntry::originalMessageId, ReportEntry::schemeReference, ReportEntry::entryKey)
                .containsExactly(EntryType.BOOKED, Scope.PAYMENT, null, null, "STM-3", "camt|STM-3|1|BOOKED");
        assertThat(fee.amount()).isEqualByComparingTo("2.50");
        assertThat(fee.charges()).isEqualByComparingTo("2.50");
    }

    @Test
    void aCollectionBookedAsABatchIsOneBlockEntryWithTheEntrysCharges() {
        CamtFiles.Read read = read("valid-camt054-v02-pain008-collection-booked.xml", ReportFormat.CAMT_054_001_02);

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).singleElement().satisfies(block -> {
            assertThat(block).extracting(ReportEntry::type, ReportEntry::scope, ReportEntry::originalMessageId,
                    ReportEntry::originalBlockId, ReportEntry::endToEndId, ReportEntry::schemeReference,
                    ReportEntry::status, ReportEntry::currency, ReportEntry::bookingDate, ReportEntry::entryKey)
                    .containsExactly(EntryType.BOOKED, Scope.BLOCK, "F200", "F200-1", null, "BANK-20310306-0007",
                            "BOOK", "EUR", LocalDate.of(2031, 3, 6), "camt|BANK-20310306-0007|1|BOOKED");
            assertThat(block.amount()).isEqualByComparingTo("89.70");
            // two Chrgs of version 02: 0.30, and 0.15 given as amount and as total
            assertThat(block.charges()).isEqualByComparingTo("0.45");
        });
    }

    @Test
    void aReturnedCollectionIsReturnedAndARefundRequestOpensAChargeback() {
        CamtFiles.Read read = read("valid-camt054-v04-sdd-return-and-refund.xml", ReportFormat.CAMT_054_001_04);

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).extracting(ReportEntry::type, ReportEntry::endToEndId,
                ReportEntry::originalMessageId, ReportEntry::originalBlockId, ReportEntry::reasonCode,
                ReportEntry::reasonText, ReportEntry::bookingDate, ReportEntry::valueDate, ReportEntry::entryKey)
                .containsExactly(
                        tuple(EntryType.RETURNED, "S3-1", "F200", "F200-1", "AM04",
                                "Insufficient funds: the funds available do not cover the amount",
                                LocalDate.of(2031, 3, 9), LocalDate.of(2031, 3, 6),
                                "camt|BANK-20310309-0011|S3-1|RETURNED"),
                        tuple(EntryType.CHARGEBACK_OPENED, "S4-1", "F200", "F200-1", "MD06",
                                "Erstattung auf Wunsch des Zahlers", LocalDate.of(2031, 3, 10),
                                LocalDate.of(2031, 3, 10), "camt|BANK-20310310-0003|S4-1|CHARGEBACK_OPENED"));
        assertThat(read.entry(1).amount()).isEqualByComparingTo("29.90");
        assertThat(read.entry(1).charges()).isEqualByComparingTo("3.00");
        assertThat(read.entry(2).amount()).isEqualByComparingTo("19.90");
        assertThat(read.entry(2).charges()).isNull();
    }

    @Test
    void aReversalIsReturnedWithoutAReason() {
        CamtFiles.Read read = read("valid-camt053-v08-reversal.xml", ReportFormat.CAMT_053_001_08);

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).singleElement().satisfies(reversal -> {
            assertThat(reversal).extracting(ReportEntry::type, ReportEntry::endToEndId, ReportEntry::originalBlockId,
                    ReportEntry::schemeReference, ReportEntry::status, ReportEntry::reasonCode,
                    ReportEntry::reasonText, ReportEntry::bookingDate, ReportEntry::entryKey)
                    .containsExactly(EntryType.RETURNED, "S5-1", "F125-1", "BANK-TX-0042", "BOOK", null, null,
                            LocalDate.of(2031, 3, 12), "camt|BANK-20310312-0042|S5-1|RETURNED");
            assertThat(reversal.amount()).isEqualByComparingTo("120.00");
        });
    }

    @Test
    void valuesThatDoNotParseAreReportedAndTheRestIsRead() {
        CamtFiles.Read read = read("invalid-camt054-v02-unreadable-values.xml", ReportFormat.CAMT_054_001_02);

        assertThat(read.entries()).extracting(ReportEntry::endToEndId, ReportEntry::amount, ReportEntry::bookingDate,
                ReportEntry::entryKey)
                .containsExactly(tuple("S7-1", new BigDecimal("10.00"), null, "camt|BANK-BAD-1|S7-1|BOOKED"),
                        tuple("S8-1", null, null, "camt|BANK-BAD-1|S8-1|BOOKED"));
        assertThat(read.problems()).containsExactly(
                new ReportProblem(1, "line 19: Ntry/Amt '12,50' is not a decimal number"),
                new ReportProblem(1, "line 23: Ntry/BookgDt/Dt '13.03.2031' is not an ISO date or date-time"),
                new ReportProblem(2, "no amount for TxDtls 2 of Ntry BANK-BAD-1; the entry's amount covers more"
                        + " than this detail"));
    }

    @Test
    void aFileThatIsNotWellFormedFailsNamingFileAndLineAfterTheEntriesBeforeTheFault() {
        Path file = fixture("invalid-camt054-v02-not-well-formed.xml");
        List<ReportEntry> seen = new ArrayList<>();

        try (Stream<ReportEntry> entries = new CamtReader().read(file, ReportFormat.CAMT_054_001_02, p -> { })) {
            assertThatThrownBy(() -> entries.forEach(seen::add)).isInstanceOf(ReportFileException.class)
                    .hasMessageStartingWith(file + " is not well-formed XML (line 42)");
        }
        assertThat(seen).extracting(ReportEntry::schemeReference).containsExactly("BANK-BROKEN-1");
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path file = dir.resolve("missing.xml");

        assertThatThrownBy(() -> read(file, ReportFormat.CAMT_054_001_02)).isInstanceOf(ReportFileException.class)
                .hasMessageStartingWith("Cannot read " + file);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Document [<!ENTITY secret SYSTEM "%s">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn>
                <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><AcctSvcrRef>&secret;</AcctSvcrRef></Ntry>
                </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
                """.formatted(secret.toUri()));

        assertThatThrownBy(() -> read(file, ReportFormat.CAMT_054_001_08)).isInstanceOf(ReportFileException.class)
                .hasMessageContaining("(line 4)").hasMessageContaining("secret")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aFileInAnotherNamespaceThanItsFormatIsReadAndReported() {
        CamtFiles.Read read = read("valid-camt054-v02-pain008-collection-booked.xml", ReportFormat.CAMT_054_001_08);

        assertThat(read.entries()).hasSize(1);
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.position()).isZero())
                .extracting(ReportProblem::message).asString()
                .contains("'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02', not urn:iso:std:iso:20022:tech:xsd:"
                        + "camt.054.001.08");
    }

    @Test
    void readsTheFiveCamtFormatsAndRefusesOthers() {
        CamtReader reader = new CamtReader();

        assertThat(reader.formats()).containsExactlyInAnyOrder(ReportFormat.CAMT_053_001_02,
                ReportFormat.CAMT_053_001_08, ReportFormat.CAMT_054_001_02, ReportFormat.CAMT_054_001_04,
                ReportFormat.CAMT_054_001_08);
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(
                fixture("camt054.v8.xml"), ReportFormat.PAIN_002_001_10, p -> { }));
    }

    @Test
    void unlistedReasonCodesHaveNoDefinition() {
        assertThat(IsoReturnReasons.definition("CUST")).isNull();
        assertThat(IsoReturnReasons.definition(null)).isNull();
        assertThat(IsoReturnReasons.isKnown("MD06")).isTrue();
    }

    @Test
    void readsAGeneratedNotificationOfTwoHundredThousandPaymentsEntryByEntry() throws Exception {
        Path file = CamtFiles.writeBatchNotification(dir.resolve("big.xml"), 200, 1_000);
        List<ReportProblem> problems = new ArrayList<>();
        long[] count = {0};
        BigDecimal[] total = {BigDecimal.ZERO};
        ReportEntry[] last = {null};

        try (Stream<ReportEntry> entries = new CamtReader().read(file, ReportFormat.CAMT_054_001_08, problems::add)) {
            entries.forEach(entry -> {
                count[0]++;
                total[0] = total[0].add(entry.amount());
                last[0] = entry;
            });
        }

        assertThat(count[0]).isEqualTo(200_000);
        assertThat(total[0]).isEqualByComparingTo("200000");
        assertThat(problems).isEmpty();
        assertThat(last[0]).extracting(ReportEntry::position, ReportEntry::endToEndId, ReportEntry::originalMessageId,
                ReportEntry::entryKey).containsExactly(200_000, "S200000-1", "F200", "camt|BANK-200|S200000-1|BOOKED");
    }
}
