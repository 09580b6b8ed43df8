package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's demo, on the embedded database, as a person runs it: every step must answer as expected. */
class DemoIntegrationTests {

    @Test
    void demoRunsEndToEndOnTheEmbeddedDatabase() throws Exception {
        Path dataDir = Path.of(".", "target", "test-data", "demo-" + UUID.randomUUID());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = SettleCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "demo",
                "--data-dir", dataDir.toString());

        assertThat(exitCode).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("scheme SEPA-CT-EUR", "ok C-004 BANK_ACCOUNT -> 201", "ok ORD-1003 with 1 instruction(s) -> 202",
                        "SETTLED_BY_DATE_IS_INVALID", "LATER-1 is now READY", "INSTRUCTION_CANCELLED -> 409",
                        "ok instructions-invalid-every-kind.csv      COMPLETED stored  30, unchanged 0, rejected 18",
                        "ok instructions-resend-after-cancel.csv     COMPLETED stored   1, unchanged 1, rejected  2",
                        "ok instructions-valid-bank-answers.csv      COMPLETED stored   8, unchanged 0, rejected  0",
                        "9. Nightly settlement", " ok 2031-03-14 COMPLETED",
                        "Demo finished: every step answered as expected.")
                .containsPattern("SEPA-DD-EUR +F\\d+ +6 payment\\(s\\) +190\\.65 EUR")
                .contains("10. The bank answers every file", ".camt054.xml           {APPLIED=",
                        "instructions by status: {CANCELLED=2, COMPLETED=42, FAILED=5, INCOMPLETE=1, PROCESSING=3, READY=3}")
                .doesNotContain(" !! ", "DE89370400440532013000");
        assertThat(dataDir.resolve("settle.mv.db")).exists();
        try (var files = Files.walk(dataDir.resolve("outbox"))) {
            List<Path> published = files.filter(f -> f.toString().endsWith(".xml")).toList();
            assertThat(published).hasSize(5)
                    .allSatisfy(file -> assertThat(Path.of(file + ".manifest.json")).exists());
        }
    }

    @Test
    void missingSampleDataIsAClearFailure() {
        StringWriter err = new StringWriter();

        int exitCode = SettleCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "demo",
                "--sample-data", "no-such-dir");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("No sample data at").contains("--sample-data");
        assertThat(Files.exists(Path.of("no-such-dir"))).isFalse();
    }
}
