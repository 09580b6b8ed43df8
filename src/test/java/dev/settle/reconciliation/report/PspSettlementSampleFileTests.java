package dev.settle.reconciliation.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample PSP settlement report stays the example its format's documentation shows, and reads as the sample
 * data README says.
 */
class PspSettlementSampleFileTests {

    static final Path SAMPLE = Path.of("sample-data", "psp", "settlement-report-example.csv");
    static final Path FORMAT = Path.of("jobs", "psp-settlement-report.md");

    @Test
    void theSampleIsTheDocumentedExample() throws IOException {
        Matcher example = Pattern.compile("```csv\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(FORMAT));

        assertThat(example.find()).isTrue();
        assertThat(Files.readString(SAMPLE)).isEqualTo(example.group(1));
    }

    @Test
    void theSampleReadsAsTheReadmeSays() {
        PspSettlementCsvReaderTests.Read read = PspSettlementCsvReaderTests.read(SAMPLE);

        assertThat(ReportFormats.detect(SAMPLE)).contains(ReportFormat.PSP_SETTLEMENT_CSV);
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries().stream().collect(Collectors.groupingBy(ReportEntry::type, Collectors.counting())))
                .isEqualTo(Map.of(EntryType.BOOKED, 2L, EntryType.STATUS, 1L, EntryType.REFUNDED, 1L,
                        EntryType.CHARGEBACK_OPENED, 1L, EntryType.CHARGEBACK_WON, 1L, EntryType.CHARGEBACK_LOST, 1L,
                        EntryType.FEE, 2L));
        assertThat(read.entries().stream().filter(e -> e.type() == EntryType.STATUS).map(ReportEntry::status))
                .containsExactly("RJCT");
    }
}
