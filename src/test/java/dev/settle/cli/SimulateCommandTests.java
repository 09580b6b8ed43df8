package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.reconciliation.simulator.SimulatorInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code settle simulate bank} through the entry point: no Spring context, no database. */
class SimulateCommandTests {

    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path root;

    static Run settle(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SettleCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void writesBothAnswersAndPrintsTheCountsAndFiles() throws Exception {
        // given
        Path file = SimulatorInputs.directDebits(root.resolve("outbox"), "F3", "08");
        Path answers = root.resolve("answers");

        // when
        Run run = settle("simulate", "bank", file.toString(), "--out", answers.toString(), "--booking-date",
                "2031-03-21");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("F3 (pain.008.001.08), 9 payments").containsPattern("accepted +5\\n")
            .containsPattern("rejected +4\\n").containsPattern("returned +2 ")
            .contains(answers.resolve("F3.pain002.xml").toString())
            .contains(answers.resolve("F3.camt054.xml").toString());
        assertThat(answers.resolve("F3.pain002.xml")).isRegularFile();
        assertThat(Files.readString(answers.resolve("F3.camt054.xml"))).contains("<Dt>2031-03-21</Dt>");
        assertThat(Files.list(answers).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aMissingFileFailsWithOneLine() {
        // when
        Run run = settle("simulate", "bank", root.resolve("F404.xml").toString(), "--out", root.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("settle simulate bank: ").endsWith("F404.xml does not exist")
            .doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotOursFailsWithOneLine() throws Exception {
        // given
        Path file = Files.writeString(root.resolve("orders.xml"), "<orders><order/></orders>");

        // when
        Run run = settle("simulate", "bank", file.toString(), "--out", root.resolve("answers").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).contains("is not one of our pain.001 / pain.008 files").doesNotContain("\n");
        assertThat(root.resolve("answers")).doesNotExist();
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(settle("simulate", "bank", "F1.xml").exitCode()).as("--out missing").isEqualTo(2);
        assertThat(settle("simulate", "bank", "--out", root.toString()).exitCode()).as("file missing").isEqualTo(2);
        assertThat(settle("simulate", "bank", "F1.xml", "--out", root.toString(), "--booking-date", "21.03.2031")
                .exitCode()).as("bad date").isEqualTo(2);
        assertThat(settle("simulate", "teller").exitCode()).as("unknown simulator").isEqualTo(2);
    }

    @Test
    void helpDocumentsTheRules() {
        // when
        Run run = settle("simulate", "bank", "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains(".13 rejected AM04").contains(".14 rejected AC04")
            .contains(".15 rejected MD01").contains(".31 booked, then returned AC04").contains("MD06")
            .contains(".32 booked, then returned AM04").contains("--booking-date=yyyy-MM-dd");
    }
}
