package dev.settle.reconciliation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PspSettlementCsvReaderTests {

    static final ReportFormat PSP = ReportFormat.PSP_SETTLEMENT_CSV;

    @TempDir
    Path dir;

    record Read(List<ReportEntry> entries, List<ReportProblem> problems) {
    }

    static Read read(Path file) {
        List<ReportProblem> problems = new ArrayList<>();
        try (Stream<ReportEntry> entries = new PspSettlementCsvReader().read(file, PSP, problems::add)) {
            return new Read(entries.toList(), problems);
        }
    }

    static Path fixture(String name) {
        return CamtFiles.fixture(name);
    }

    @Test
    void mapsEveryRecordTypeOfTheValidFixture() {
        // when
        Read read = read(fixture("psp-settlement-valid.csv"));

        // then
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).extracting(ReportEntry::position, ReportEntry::type, ReportEntry::status,
                ReportEntry::endToEndId, ReportEntry::schemeReference, ReportEntry::entryKey).containsExactly(
                        tuple(1, EntryType.BOOKED, "BOOK", "S301-1", "ch_3001", "psp|ch_3001"),
                        tuple(2, EntryType.BOOKED, "BOOK", "S302-1", "po_3002", "psp|po_3002"),
                        tuple(3, EntryType.STATUS, "RJCT", "S303-1", "fl_3003", "psp|fl_3003"),
                        tuple(4, EntryType.REFUNDED, null, "S301-1", "re_3004", "psp|re_3004"),
                        tuple(5, EntryType.CHARGEBACK_OPENED, null, "S304-1", "dp_3005", "psp|dp_3005"),
                        tuple(6, EntryType.CHARGEBACK_WON, null, "S304-1", "dp_3006", "psp|dp_3006"),
                        tuple(7, EntryType.CHARGEBACK_LOST, null, "S305-1", "dp_3007", "psp|dp_3007"),
                        tuple(8, EntryType.FEE, null, null, "fe_3008", "psp|fe_3008"),
                        tuple(9, EntryType.FEE, null, "S301-1", "fe_3009", "psp|fe_3009"));
        assertThat(read.entries()).allSatisfy(entry -> {
            assertThat(entry.scope()).isEqualTo(Scope.PAYMENT);
            assertThat(entry.originalMessageId()).isNull();
            assertThat(entry.originalBlockId()).isNull();
        });
    }

    @Test
    void takesAmountsCurrencyFeeDatesAndReasonsVerbatim() {
        // when
        List<ReportEntry> entries = read(fixture("psp-settlement-valid.csv")).entries();

        // then: the charge keeps its value date, the payout's defaults to its booking date
        ReportEntry charge = entries.get(0);
        assertThat(charge.amount()).isEqualByComparingTo("120.00");
        assertThat(charge.charges()).isEqualByComparingTo("1.45");
        assertThat(charge).extracting(ReportEntry::currency, ReportEntry::bookingDate, ReportEntry::valueDate,
                ReportEntry::reasonCode, ReportEntry::reasonText)
                .containsExactly("EUR", LocalDate.of(2031, 3, 17), LocalDate.of(2031, 3, 19), null, null);
        assertThat(entries.get(1).amount()).isEqualTo(new BigDecimal("75.5"));
        assertThat(entries.get(1).valueDate()).isEqualTo(LocalDate.of(2031, 3, 17));
        assertThat(entries.get(2)).extracting(ReportEntry::reasonCode, ReportEntry::reasonText, ReportEntry::charges)
                .containsExactly("insufficient_funds", "Declined by the issuer, insufficient funds", null);
        assertThat(entries.get(6).currency()).isEqualTo("GBP");
        // a lower-case record type and currency are taken
        assertThat(entries.get(8)).extracting(ReportEntry::type, ReportEntry::currency)
                .containsExactly(EntryType.FEE, "EUR");
        assertThat(entries.get(8).amount()).isEqualByComparingTo("0.30");
    }

    @Test
    void readsByteOrderMarkCrlfAndQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        // given: the fixture really has what this test is about
        Path file = fixture("psp-settlement-valid.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("reasonText\r\n", "\"ACME Ltd, EU\"",
                "\"\"not me\"\",\r\nsee");

        // when
        List<ReportEntry> entries = read(file).entries();

        // then: the first column is found despite the mark, the quoted line break is kept as one
        assertThat(entries.get(0).schemeReference()).isEqualTo("ch_3001");
        assertThat(entries.get(4).reasonText()).isEqualTo("Cardholder says \"not me\",\nsee the attached note");
        assertThat(entries.get(7).reasonText()).isEqualTo("Account fee, March 2031");
        assertThat(entries.get(8).bookingDate()).isEqualTo(LocalDate.of(2031, 3, 17));
    }

    @Test
    void reportsEachBadLineOnceAtItsLineNumberAndReadsOn() {
        // when
        Read read = read(fixture("psp-settlement-with-problems.csv"));

        // then
        assertThat(read.entries()).extracting(ReportEntry::position, ReportEntry::schemeReference)
                .containsExactly(tuple(1, "ch_4001"), tuple(2, "ch_4011"), tuple(3, "po_4013"));
        assertThat(read.problems()).extracting(ReportProblem::position)
                .containsExactly(3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 16);
        assertThat(read.problems()).extracting(ReportProblem::message).containsExactly(
                "line 3 (pspReference ch_4002): column 'idempotencyKey' is empty; the line is not taken",
                "line 4 (pspReference ch_4003): column 'recordType': 'CHARGEBACK' is not a record type (CHARGE,"
                        + " PAYOUT, FAILED, REFUND, DISPUTE_OPENED, DISPUTE_WON, DISPUTE_LOST, FEE); the line is not"
                        + " taken",
                "line 5 (pspReference po_4004): column 'amount': '12,50' is not a decimal number written with a point"
                        + " and at most 3 decimals; the line is not taken",
                "line 6 (pspReference po_4005): column 'fee': '0.1O' is not a decimal number written with a point and"
                        + " at most 3 decimals; column 'bookingDate': '17.03.2031' is not a date written yyyy-MM-dd;"
                        + " the line is not taken",
                "line 7: column 'pspReference' is empty; the line is not taken",
                "line 8 (pspReference fl_4007): column 'amount': '-3.00' is negative; amounts are positive, the record"
                        + " type says which way the money went; the line is not taken",
                "line 10 (pspReference dp_4008): column 'currency': 'XYZ' is not an ISO 4217 currency code; column"
                        + " 'valueDate': '2031-02-30' is not a date written yyyy-MM-dd; the line is not taken",
                "line 11: it has 10 fields, the header 11 (a value holding a comma must be quoted); the line is not"
                        + " taken",
                "line 12 (pspReference fe_4010): column 'amount': '0.00' is zero; it must be positive; the line is not"
                        + " taken",
                "line 14: it has 12 fields, the header 11 (a value holding a comma must be quoted); the line is not"
                        + " taken",
                "line 16: a quoted value opened on line 16 is not closed by the end of the file; the line is not"
                        + " taken");
    }

    @Test
    void refusesValuesLongerThanTheLedgerKeeps() throws IOException {
        // given
        Path file = write("long.csv", "recordType,idempotencyKey,pspReference,amount,currency,reasonCode,"
                + "reasonText,bookingDate\nFAILED,S1-1,fl_1,1.00,EUR," + "c".repeat(21) + "," + "t".repeat(401)
                + ",2031-03-17\nFAILED,S1-1,fl_2,1.00,EUR," + "c".repeat(20) + "," + "t".repeat(400)
                + ",2031-03-17\n");

        // when
        Read read = read(file);

        // then
        assertThat(read.entries()).extracting(ReportEntry::schemeReference).containsExactly("fl_2");
        assertThat(read.problems()).extracting(ReportProblem::message).containsExactly("line 2 (pspReference fl_1):"
                + " column 'reasonCode' is longer than 20 characters; column 'reasonText' is longer than 400"
                + " characters; the line is not taken");
    }

    @Test
    void aStrayQuoteCostsAtMostAHundredLinesAndReadingGoesOnAfterThem() throws IOException {
        // given: line 2 opens a quote it never closes, 150 good lines follow
        StringBuilder content = new StringBuilder("recordType,idempotencyKey,pspReference,amount,currency,"
                + "bookingDate\nCHARGE,S1-1,\"ch_1,1.00,EUR,2031-03-17\n");
        for (int i = 2; i <= 151; i++) {
            content.append("CHARGE,S").append(i).append("-1,ch_").append(i).append(",1.00,EUR,2031-03-17\n");
        }

        // when
        Read read = read(write("stray-quote.csv", content.toString()));

        // then: lines 2-101 are one record, lines 102-152 are read as they are
        assertThat(read.problems()).extracting(ReportProblem::position, ReportProblem::message).containsExactly(
                tuple(2, "line 2: a quoted value opened on line 2 is not closed within 100 lines (lines 2-101 were"
                        + " read as one record); the line is not taken"));
        assertThat(read.entries()).hasSize(51);
        assertThat(read.entries().get(0).schemeReference()).isEqualTo("ch_101");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsFailsTheFileNamingThem() throws IOException {
        // given
        Path file = write("no-reference.csv", "recordType,idempotencyKey,currency,bookingDate\nCHARGE,S1-1,EUR,"
                + "2031-03-17\n");
        PspSettlementCsvReader reader = new PspSettlementCsvReader();

        // then
        assertThatThrownBy(() -> reader.read(file, PSP, problem -> { })).isInstanceOf(ReportFileException.class)
                .hasMessageStartingWith(file + " is not read: its header line lacks the required columns"
                        + " 'pspReference', 'amount'.");
    }

    @Test
    void aRepeatedColumnAnEmptyFileOrABlankFirstLineFailTheFile() throws IOException {
        PspSettlementCsvReader reader = new PspSettlementCsvReader();
        Path repeated = write("repeated.csv", "recordType,pspReference,amount,AMOUNT\n");
        Path empty = write("empty.csv", "");
        Path blankFirst = write("blank-first.csv", "\nrecordType,pspReference,amount\n");

        assertThatThrownBy(() -> reader.read(repeated, PSP, problem -> { })).isInstanceOf(ReportFileException.class)
                .hasMessageContaining("names a column twice: 'amount' (columns 3 and 4)");
        assertThatThrownBy(() -> reader.read(empty, PSP, problem -> { })).isInstanceOf(ReportFileException.class)
                .hasMessage(empty + " is not read: it is empty; a PSP settlement report starts with its header line");
        assertThatThrownBy(() -> reader.read(blankFirst, PSP, problem -> { }))
                .isInstanceOf(ReportFileException.class).hasMessageContaining("line 1 is blank");
        assertThatIllegalArgumentException().isThrownBy(() -> reader.read(repeated, ReportFormat.CAMT_054_001_08,
                problem -> { }));
    }

    @Test
    void detectsTheFormatByTheRecordTypeColumnWhereverItStands() throws IOException {
        // given
        Path quotedAndLater = write("later.csv", "\"pspReference\",\"RecordType\",amount\nx,CHARGE,1\n");
        Path notUtf8Further = write("latin1.csv", "recordType,pspReference,amount\n");
        Files.write(notUtf8Further, "FEE,f\u00E9_1,1.00\n".getBytes(StandardCharsets.ISO_8859_1),
                java.nio.file.StandardOpenOption.APPEND);

        // then
        assertThat(ReportFormats.detect(fixture("psp-settlement-valid.csv"))).contains(PSP);
        assertThat(ReportFormats.detect(fixture("psp-settlement-with-problems.csv"))).contains(PSP);
        assertThat(ReportFormats.detect(quotedAndLater)).contains(PSP);
        assertThat(ReportFormats.detect(notUtf8Further)).contains(PSP);
        assertThat(ReportFormats.detect(Path.of("sample-data", "csv", "instruments-valid.csv"))).isEmpty();
        assertThat(ReportFormats.detect(fixture("camt054.v8.xml"))).contains(ReportFormat.CAMT_054_001_08);
        assertThat(read(notUtf8Further).problems()).extracting(ReportProblem::message).containsExactly(
                "line 2: the line is not valid UTF-8 (the file may be in another encoding); the line is not taken");
    }

    @Test
    void streamsTwoHundredThousandLinesCountingEntries() throws IOException {
        // given: every 1000th line has no amount
        int lines = 200_000;
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("recordType,idempotencyKey,pspReference,pspPaymentId,amount,currency,fee,bookingDate\n");
            for (int i = 1; i <= lines; i++) {
                out.write((i % 2 == 0 ? "CHARGE" : "PAYOUT") + ",S" + i + "-1,txn_" + i + ",pay_" + i + ","
                        + (i % 1000 == 0 ? "" : (i % 500) + 1 + ".25") + ",EUR,0.10,2031-03-17\n");
            }
        }
        AtomicLong entries = new AtomicLong();
        AtomicLong problems = new AtomicLong();
        AtomicReference<ReportEntry> last = new AtomicReference<>();

        // when: nothing is collected, each entry is counted and dropped
        try (Stream<ReportEntry> stream = new PspSettlementCsvReader().read(file, PSP,
                problem -> problems.incrementAndGet())) {
            stream.forEach(entry -> {
                entries.incrementAndGet();
                last.set(entry);
            });
        }

        // then
        assertThat(entries).hasValue(lines - lines / 1000);
        assertThat(problems).hasValue(lines / 1000);
        assertThat(last.get().position()).isEqualTo(lines - lines / 1000);
        assertThat(last.get().entryKey()).isEqualTo("psp|txn_" + (lines - 1));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
