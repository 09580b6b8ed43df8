package dev.settle.reconciliation.report;

import static dev.settle.reconciliation.report.CamtFiles.fixture;
import static dev.settle.reconciliation.report.CamtFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real camt sample kept as a fixture (see the fixtures' README) is recognised and read, with the counts
 * checked by hand against the files: one entry per {@code TxDtls}, one per {@code Ntry} without any.
 */
class CamtReaderSampleFilesTests {

    record Sample(String file, ReportFormat format, int entries, int blocks, int returned, int problems) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("camt053.v2.all-balance-types.xml", ReportFormat.CAMT_053_001_02, 1, 0, 0, 0),
            new Sample("camt053.v2.five.decimals.xml", ReportFormat.CAMT_053_001_02, 1, 0, 0, 0),
            new Sample("camt053.v2.minimal.ultimate.xml", ReportFormat.CAMT_053_001_02, 1, 0, 0, 0),
            new Sample("camt053.v2.minimal.xml", ReportFormat.CAMT_053_001_02, 1, 0, 0, 0),
            new Sample("camt053.v2.multi.statement.xml", ReportFormat.CAMT_053_001_02, 2, 0, 0, 0),
            new Sample("camt053.v2.with-account-name.xml", ReportFormat.CAMT_053_001_02, 1, 0, 0, 0),
            new Sample("camt053.v2.with-party-ids.xml", ReportFormat.CAMT_053_001_02, 1, 0, 0, 0),
            new Sample("camt53.only-Dt-with-DtTm.xml", ReportFormat.CAMT_053_001_02, 0, 0, 0, 0),
            new Sample("camt.053.001.02.xml", ReportFormat.CAMT_053_001_02, 3, 1, 0, 0),
            // a lone TxDtls of a batch of 4 without an amount; two TxDtls with the same AcctSvcrRef
            new Sample("FI_camt_053_sample.xml.xml", ReportFormat.CAMT_053_001_02, 13, 1, 0, 2),
            new Sample("statement_1.xml", ReportFormat.CAMT_053_001_02, 4, 0, 0, 0),
            new Sample("camt053.v8.xml", ReportFormat.CAMT_053_001_08, 1, 0, 0, 0),
            new Sample("camt054.v2.with-account-name.xml", ReportFormat.CAMT_054_001_02, 1, 0, 0, 0),
            // three TxDtls without amounts and with the same EndToEndId
            new Sample("camt054.v2.xml", ReportFormat.CAMT_054_001_02, 3, 0, 0, 5),
            new Sample("FI_camt_054_sample.xml.xml", ReportFormat.CAMT_054_001_02, 13, 0, 2, 0),
            new Sample("200519_camt054-returns_p_ch2909000000250094239_1109800798_0_2019052023472022.xml",
                    ReportFormat.CAMT_054_001_04, 1, 0, 1, 0),
            new Sample("camt054-returns_p_ch5109000000250092291_1110097606_0_2020112500512470.xml",
                    ReportFormat.CAMT_054_001_04, 1, 0, 1, 0),
            new Sample("camt054.v8-with-UETR.xml", ReportFormat.CAMT_054_001_08, 1, 0, 0, 0),
            new Sample("camt054.v8-with-financial-institution.xml", ReportFormat.CAMT_054_001_08, 1, 0, 0, 0),
            // two TxDtls with the same EndToEndId
            new Sample("camt054.v8.xml", ReportFormat.CAMT_054_001_08, 3, 0, 0, 1));

    static Stream<Sample> samples() {
        return SAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void recognisesAndReadsTheSample(Sample sample) {
        Path file = fixture(sample.file());

        CamtFiles.Read read = read(file, sample.format());

        assertThat(ReportFormats.detect(file)).contains(sample.format());
        assertThat(read.entries()).hasSize(sample.entries());
        assertThat(read.entries()).extracting(ReportEntry::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, sample.entries()).boxed().toList());
        assertThat(read.entries()).filteredOn(e -> e.scope() == Scope.BLOCK).hasSize(sample.blocks());
        assertThat(read.entries()).filteredOn(e -> e.type() == EntryType.RETURNED).hasSize(sample.returned());
        assertThat(read.problems()).hasSize(sample.problems());
    }

    @Test
    void everyRealSampleAmongTheFixturesIsInTheTable() throws IOException {
        try (Stream<Path> files = Files.list(fixture("README.md").getParent())) {
            List<String> samples = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xml") && !n.startsWith("valid-") && !n.startsWith("invalid-")
                            && !n.startsWith("pain002-")).toList();

            assertThat(samples).containsExactlyInAnyOrderElementsOf(SAMPLES.stream().map(Sample::file).toList());
        }
    }

    @Test
    void aPostFinanceReturnIsReturnedWithTheBanksWordsAndOurReferences() {
        ReportEntry entry = read("200519_camt054-returns_p_ch2909000000250094239_1109800798_0_2019052023472022.xml",
                ReportFormat.CAMT_054_001_04).entry(1);

        assertThat(entry).extracting(ReportEntry::type, ReportEntry::scope, ReportEntry::endToEndId,
                ReportEntry::originalBlockId, ReportEntry::originalMessageId, ReportEntry::schemeReference,
                ReportEntry::reasonCode, ReportEntry::reasonText, ReportEntry::status)
                .containsExactly(EntryType.RETURNED, Scope.PAYMENT, "EndToEndId-004-01-01", "PmtInfId-004-01", null,
                        "180327CH02P92DYD", "AC01", "Kontonummer falsch", "BOOK");
        assertThat(entry.amount()).isEqualByComparingTo("400.00");
        assertThat(entry.currency()).isEqualTo("CHF");
        assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(entry.entryKey()).isEqualTo("camt|086820002PBWFX2U|EndToEndId-004-01-01|RETURNED");
    }

    @Test
    void unbookedReturnsKeepTheirStatusAndAnUnlistedReasonCodeVerbatim() {
        List<ReportEntry> entries = read("FI_camt_054_sample.xml.xml", ReportFormat.CAMT_054_001_02).entries();

        assertThat(entries.subList(11, 13)).extracting(ReportEntry::type, ReportEntry::status,
                ReportEntry::reasonCode, ReportEntry::reasonText, ReportEntry::schemeReference, ReportEntry::amount)
                .containsExactly(
                        tuple(EntryType.RETURNED, "INFO", "AC01", "1+TILIÄ EI LÖYDY", "D091029N987654321S288",
                                new BigDecimal("40.00")),
                        tuple(EntryType.RETURNED, "INFO", "CUST", "4+MAKSAJA PERUUTTANUT", "D091029N987654321S289",
                                new BigDecimal("60.00")));
    }

    @Test
    void aBatchBookedWithoutTransactionsIsOneBlockEntryForTheWholeAmount() {
        CamtFiles.Read read = read("camt.053.001.02.xml", ReportFormat.CAMT_053_001_02);

        assertThat(read.entry(2)).extracting(ReportEntry::scope, ReportEntry::type, ReportEntry::originalMessageId,
                ReportEntry::originalBlockId, ReportEntry::endToEndId, ReportEntry::currency, ReportEntry::entryKey)
                .containsExactly(Scope.BLOCK, EntryType.BOOKED, "FINP-0055", "FINP-0055/001", null, "SEK",
                        "camt|AAAASESS-FP-ACCR-01|1|BOOKED");
        assertThat(read.entry(2).amount()).isEqualByComparingTo("200000");
        // a date-time booking date is the date written in the file
        assertThat(read.entry(2).bookingDate()).isEqualTo(LocalDate.of(2010, 10, 18));
    }

    @Test
    void notProvidedIsNoEndToEndIdAndAnEntryWithoutReferencesIsKeyedByDateAmountAndDirection() {
        ReportEntry entry = read("statement_1.xml", ReportFormat.CAMT_053_001_02).entry(1);

        assertThat(entry.endToEndId()).isNull();
        assertThat(entry.entryKey()).isEqualTo("camt|2015-05-11+1.64+DBIT|1|BOOKED");
    }

    @Test
    void transactionsWithoutAmountsInAnEntryOfSeveralGetNoneAndAreReported() {
        CamtFiles.Read read = read("camt054.v2.xml", ReportFormat.CAMT_054_001_02);

        assertThat(read.entries()).extracting(ReportEntry::amount).containsOnlyNulls();
        assertThat(read.problems()).extracting(ReportProblem::position).containsExactly(1, 2, 2, 3, 3);
        assertThat(read.problems().get(0).message())
                .isEqualTo("no amount for TxDtls 1 of Ntry AAAASESS-FP-ACCR001; the entry's amount covers more"
                        + " than this detail");
        assertThat(read.problems().get(1).message()).isEqualTo("TxDtls 2 repeats the reference 'MUELL/FINP/RA12345'"
                + " of the transaction before it in the same entry, so both have the same entry key");
    }
}
