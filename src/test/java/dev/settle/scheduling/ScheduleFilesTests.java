package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Schedule files are read field by field; a bad one is refused naming the file and the field. */
class ScheduleFilesTests {

    @TempDir
    Path folder;

    final ScheduleFiles files = new ScheduleFiles(new ScheduledJobs(List.of(
            job("settlementJob", ScheduledJob.Parameter.requiredDate("businessDate"),
                    ScheduledJob.Parameter.optional("schemeId")),
            job("reconciliationJob", ScheduledJob.Parameter.required("inbox")))),
            new MockEnvironment().withProperty("settle.data-dir", "/var/settle"));

    @Test
    void aScheduleIsReadWithItsDefaults() throws IOException {
        write("nightly.yml", """
                job: settlementJob
                cron: "0 30 1 * * ?"
                zone: Europe/Brussels
                parameters:
                  businessDate: today
                  schemeId: SEPA-CT-EUR
                """);
        write("poll.yml", """
                job: reconciliationJob
                cron: "0 */5 * * * ?"
                zone: UTC
                enabled: false
                misfire: skip
                parameters:
                  inbox: ${settle.data-dir}/inbox
                """);

        List<Schedule> schedules = files.load(folder);

        assertThat(schedules).extracting(Schedule::name).containsExactly("nightly", "poll");
        Schedule nightly = schedules.get(0);
        assertThat(nightly.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(nightly.enabled()).isTrue();
        assertThat(nightly.misfire()).isEqualTo(MisfirePolicy.FIRE_ONCE_NOW);
        assertThat(nightly.parameters()).isEqualTo(Map.of("businessDate", "today", "schemeId", "SEPA-CT-EUR"));
        assertThat(schedules.get(1).parameters()).containsEntry("inbox", "/var/settle/inbox");
        assertThat(schedules.get(1).enabled()).isFalse();
        assertThat(schedules.get(1).misfire()).isEqualTo(MisfirePolicy.SKIP);
    }

    @Test
    void anUnquotedDateStaysTheDateWritten() throws IOException {
        write("fixed.yml", "job: settlementJob\ncron: 0 0 2 * * ?\nzone: UTC\nparameters:\n  businessDate: 2031-03-04\n");

        assertThat(files.load(folder).get(0).parameters()).containsEntry("businessDate", "2031-03-04");
    }

    @Test
    void everyBadFieldIsNamedWithItsFile() throws IOException {
        String valid = "job: settlementJob\ncron: 0 0 2 * * ?\nzone: UTC\nparameters:\n  businessDate: today\n";
        refused(valid.replace("0 0 2 * * ?", "0 0 25 * * ?"), "field 'cron'", "not a Quartz cron expression");
        refused(valid.replace("zone: UTC", "zone: Mars/Olympus"), "field 'zone'", "Mars/Olympus");
        refused(valid.replace("settlementJob", "payrollJob"), "field 'job'", "unknown job 'payrollJob'",
                "reconciliationJob, settlementJob");
        refused(valid + "  inbox: /tmp\n", "field 'parameters.inbox'", "settlementJob takes");
        refused(valid.replace("today", "tomorrow"), "field 'parameters.businessDate'", "'tomorrow' is not a date");
        refused(valid.replace("  businessDate: today\n", "  schemeId: X\n"), "field 'parameters.businessDate'",
                "required by settlementJob");
        refused(valid + "misfire: twice\n", "field 'misfire'", "fire-once-now, skip, catch-up");
        refused(valid + "enabled: sometimes\n", "field 'enabled'", "true or false");
        refused(valid + "crons: x\n", "field 'crons'", "unknown field");
        refused(valid.replace("cron: 0 0 2 * * ?\n", ""), "field 'cron'", "required");
        refused(valid.replace("today", "${settle.nowhere}"), "field 'parameters.businessDate'", "settle.nowhere");
        refused("job: [unclosed\n", "bad.yml", "not valid YAML");
    }

    @Test
    void aMissingFolderHoldsNoSchedules() {
        assertThat(files.load(folder.resolve("absent"))).isEmpty();
    }

    private void refused(String content, String... expected) throws IOException {
        Path file = write("bad.yml", content);
        assertThatThrownBy(() -> files.load(folder)).isInstanceOf(ScheduleFileException.class)
                .hasMessageStartingWith("Schedule " + file).hasMessageContainingAll(expected);
        Files.delete(file);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    static ScheduledJob job(String name, ScheduledJob.Parameter... parameters) {
        return new ScheduledJob() {
            @Override
            public String job() {
                return name;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of(parameters);
            }

            @Override
            public String launch(Map<String, String> values) {
                return "launched " + values;
            }
        };
    }
}
