package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code settle bench settlement}, {@code settle bench reconciliation} and {@code settle bench cycle} on a few
 * payments: they settle and reconcile all of them and their figures say so. The cycle measures PostgreSQL's floor,
 * so its tests need PostgreSQL.
 */
@PostgresIntegrationTest
class BenchCommandIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void settlementBenchmarkSubmitsEveryGeneratedInstructionInFilesAndReportsTheCounts() throws IOException {
        CliRun run = CliRun.run(CliRun.newDataDir(), "bench", "settlement", "--instructions", "500", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(run.out());
        assertThat(result.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(result.get("claimed").asLong()).isEqualTo(500);
        assertThat(result.get("submitted").asLong()).isEqualTo(500);
        assertThat(result.get("files").asLong()).isEqualTo(1);
        assertThat(result.get("phases").valueStream().filter(phase -> phase.get("name").asString().startsWith("claim"))
                .map(phase -> phase.get("rows").asLong()).toList()).containsExactly(500L);
        Path directory = Path.of(result.get("outputDirectory").asString());
        List<Path> files = xmlFiles(directory);
        assertThat(files).hasSize(1);
        assertThat(Files.readString(files.get(0))).contains("<NbOfTxs>500</NbOfTxs>");
        String schemeId = directory.getFileName().toString();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE scheme_id = ? AND state = 'SUBMITTED'")
                .param(schemeId).query(Long.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM instruction WHERE scheme_id = ? AND status = 'PROCESSING'")
                .param(schemeId).query(Long.class).single()).isEqualTo(500);
    }

    @Test
    void settlementBenchmarkPrintsRowsPerPhaseForPeople() {
        CliRun run = CliRun.run(CliRun.newDataDir(), "bench", "settlement", "--instructions", "500", "--seed", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("claim due instructions +500 ")
                .containsPattern("write files, record submitted +500 ")
                .contains("claimed: 500, submitted: 500, files: 1 in ").contains("peak heap: ")
                .containsPattern("execution \\d+ of settlementJob: COMPLETED");
    }

    @Test
    void reconciliationBenchmarkReconcilesTheBanksAnswerToEveryPayment() throws IOException {
        Path workDir = Files.createTempDirectory("bench-reconciliation");
        CliRun run = CliRun.run(CliRun.newDataDir(), "bench", "reconciliation", "--payments", "400", "--work-dir",
                workDir.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(run.out());
        assertThat(result.get("stages").valueStream().map(stage -> stage.get("name").asString() + " "
                + stage.get("status").asString()).toList()).containsExactly(
                        "settle (set-up: settlementJob) COMPLETED", "simulate the bank's answers COMPLETED",
                        "reconcile status reports (pain.002) COMPLETED",
                        "reconcile notifications (camt.054) COMPLETED");
        assertThat(result.get("stages").get(1).get("rows").asLong()).as("payments answered").isEqualTo(400);
        long completed = result.get("instructions").get("COMPLETED").asLong();
        long failed = result.get("instructions").get("FAILED").asLong();
        assertThat(result.get("instructions").propertyNames()).as("no payment left unanswered")
                .containsExactlyInAnyOrder("COMPLETED", "FAILED");
        assertThat(completed + failed).isEqualTo(400);
        assertThat(result.get("stages").get(3).get("rows").asLong()).as("one booking per payment that went through")
                .isGreaterThanOrEqualTo(completed);
        assertThat(result.get("exceptions").asLong()).isZero();
        assertThat(result.get("outcomes").has("EXCEPTION")).isFalse();
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void cycleBenchmarkRunsEveryStageOnEveryInstructionAndMeasuresItsFloor() throws IOException {
        Path workDir = Files.createTempDirectory("bench-cycle");
        CliRun run = CliRun.run(CliRun.newDataDir(), "bench", "cycle", "--instructions", "600", "--work-dir",
                workDir.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(run.out());
        List<JsonNode> stages = result.get("stages").valueStream().toList();
        assertThat(stages).extracting(stage -> stage.get("name").asString() + " " + stage.get("status").asString())
                .containsExactly("import instruments (fiImportJob) COMPLETED",
                        "import instructions (csvImportJob) COMPLETED", "settle (settlementJob, 3 schemes) COMPLETED",
                        "bank simulator answers the SEPA files COMPLETED",
                        "reconcile status reports (pain.002) COMPLETED",
                        "reconcile notifications (camt.054) COMPLETED");
        assertThat(stages.get(0).get("rows").asLong()).as("one instrument per instruction up to 10,000").isEqualTo(600);
        assertThat(stages.get(1).get("rows").asLong()).as("instructions imported").isEqualTo(600);
        assertThat(stages.get(2).get("rows").asLong()).as("instructions settled").isEqualTo(600);
        assertThat(stages.get(3).get("rows").asLong() + result.get("answeredAtSubmission").asLong())
                .as("every payment answered, by the bank's files or by the PSP").isEqualTo(600);
        assertThat(stages.get(3).get("rows").asLong()).as("SEPA payments").isBetween(400L, 599L);
        assertThat(stages.get(5).get("rows").asLong()).as("a booking for every SEPA payment that went through")
                .isGreaterThanOrEqualTo(result.get("instructionStatuses").get("COMPLETED").asLong());
        for (JsonNode stage : stages) {
            String name = stage.get("name").asString();
            assertThat(stage.get("seconds").asDouble()).as(name).isPositive();
            assertThat(stage.get("peakHeapBytes").asLong()).as(name).isPositive();
            if (name.startsWith("bank simulator")) {
                assertThat(stage.get("floorSeconds").isNull()).as(name + " has no floor").isTrue();
            } else {
                assertThat(stage.get("floorSeconds").asDouble()).as(name + " floor").isPositive();
                assertThat(stage.get("ratio").asDouble()).as(name + " ratio")
                        .isCloseTo(stage.get("seconds").asDouble() / stage.get("floorSeconds").asDouble(),
                                within(1e-9));
            }
        }
        JsonNode statuses = result.get("instructionStatuses");
        assertThat(statuses.propertyNames()).as("nothing left unsubmitted")
                .containsExactlyInAnyOrder("COMPLETED", "FAILED", "PROCESSING");
        assertThat(statuses.get("COMPLETED").asLong() + statuses.get("FAILED").asLong()
                + statuses.get("PROCESSING").asLong()).isEqualTo(600);
        assertThat(result.get("exceptions").asLong()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'bench_floor_%'")
                .query(Long.class).single()).as("floor tables dropped").isZero();
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void cycleBenchmarkPrintsTheRatioToTheFloorPerStageForPeople() throws IOException {
        Path workDir = Files.createTempDirectory("bench-cycle");
        CliRun run = CliRun.run(CliRun.newDataDir(), "bench", "cycle", "--instructions", "300", "--work-dir",
                workDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("import instructions \\(csvImportJob\\) +COMPLETED +300 instructions .*"
                + "COPY of the same CSV +[0-9.]+ +[0-9.]+x")
                .containsPattern("settle \\(settlementJob, 3 schemes\\) +COMPLETED +300 instructions")
                .containsPattern("whole cycle +COMPLETED +300 instructions")
                .contains("instructions at the end: {COMPLETED=");
    }

    private static List<Path> xmlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).toList();
        }
    }
}
