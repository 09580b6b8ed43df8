package dev.settle.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import dev.settle.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real bank files of ../shared/iso20022 (copied as fixtures) reconcile to completion: none of their entries is
 * one of our payments, so every entry that names a payment lands in the exceptions inbox and nothing else changes.
 */
@PostgresIntegrationTest
class ReconcileSampleFilesIntegrationTests {

    @Autowired
    ReconciliationRuns reconciliation;

    @Test
    void everyRealSampleIsReadToTheEndWithItsUnmatchedEntriesInTheInbox() throws Exception {
        Path fixtures = Path.of("src", "test", "resources", "fixtures", "reconciliation");
        List<Path> samples;
        try (Stream<Path> files = Files.list(fixtures)) {
            samples = files.filter(f -> f.getFileName().toString().startsWith("camt")
                    || f.getFileName().toString().startsWith("FI_camt") || f.getFileName().toString().contains("camt054-returns")
                    || f.getFileName().toString().equals("statement_1.xml")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(20);

        for (Path sample : samples) {
            ReconciliationResult result = reconciliation.reconcile(sample);

            assertThat(result.status()).as(sample.toString()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(result.outcomes().getOrDefault("APPLIED", 0L)).as(sample + " " + result.outcomes()).isZero();
            assertThat(result.outcomes().getOrDefault("EXCEPTION", 0L) + result.outcomes().getOrDefault("IGNORED", 0L)
                    + result.duplicates()).as(sample + " " + result.outcomes()).isEqualTo(result.entriesRead());
        }
    }
}
