package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code settle schedules} as an operator runs it: the files of the folder, or why one cannot be used. */
class SchedulesCommandIntegrationTests {

    static final String DATA_DIR = CliRun.newDataDir();

    @TempDir
    Path folder;

    @Test
    void listsEachScheduleWithItsNextFireTimes() throws IOException {
        writeSchedules();

        CliRun run = CliRun.run(DATA_DIR, "schedules", "--settle.schedules.dir=" + folder);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SCHEDULE", "NEXT", "STORED")
                .containsPattern("nightly\\s+settlementJob\\s+0 30 1 \\* \\* \\?\\s+Europe/Brussels\\s+yes\\s+catch-up"
                        + "\\s+businessDate=today\\s+\\d{4}-\\d\\d-\\d\\dT01:30\\+0[12]:00 ")
                .containsPattern("poll\\s+reconciliationJob\\s+.*\\s+UTC\\s+no\\s+skip\\s+inbox=/tmp/inbox\\s+no");
    }

    @Test
    void printsJsonForScripts() throws IOException {
        writeSchedules();

        CliRun run = CliRun.run(DATA_DIR, "schedules", "--json", "--next", "2", "--settle.schedules.dir=" + folder);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode schedules = JsonMapper.shared().readTree(run.out());
        assertThat(schedules.size()).isEqualTo(2);
        assertThat(schedules.get(0).get("name").asString()).isEqualTo("nightly");
        assertThat(schedules.get(0).get("next").size()).isEqualTo(2);
        assertThat(schedules.get(0).get("stored").asString()).isEqualTo("no");
        assertThat(schedules.get(1).get("enabled").asBoolean()).isFalse();
        assertThat(schedules.get(1).get("next").size()).isZero();
    }

    @Test
    void anInvalidFileIsNamedWithItsFieldAndExitsOne() throws IOException {
        writeSchedules();
        Files.writeString(folder.resolve("broken.yml"), "job: settlementJob\ncron: every night\nzone: UTC\n");

        CliRun run = CliRun.run(DATA_DIR, "schedules", "--settle.schedules.dir=" + folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.yml", "field 'cron'", "not a Quartz cron expression");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFolderExitsOneAndABadOptionTwo() {
        CliRun missing = CliRun.run(DATA_DIR, "schedules", "--settle.schedules.dir=" + folder.resolve("absent"));
        CliRun badOption = CliRun.run(DATA_DIR, "schedules", "--next", "0");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("No schedule folder at", "absent", "settle.schedules.dir");
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.err()).contains("--next must be 1 to 100");
    }

    @Test
    void helpDescribesTheCommandAndItsExitCodes() {
        CliRun run = CliRun.run(DATA_DIR, "schedules", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: settle schedules", "--json", "--next", "next fire times",
                "Exit codes: 0 listed, 1 no schedule folder or a file is invalid");
    }

    private void writeSchedules() throws IOException {
        Files.writeString(folder.resolve("nightly.yml"), """
                job: settlementJob
                cron: "0 30 1 * * ?"
                zone: Europe/Brussels
                misfire: catch-up
                parameters:
                  businessDate: today
                """);
        Files.writeString(folder.resolve("poll.yml"), """
                job: reconciliationJob
                cron: "0 */5 * * * ?"
                zone: UTC
                misfire: skip
                enabled: false
                parameters:
                  inbox: /tmp/inbox
                """);
    }
}
