package dev.settle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresAvailable;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.SettleProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two {@code settle server} processes on the same PostgreSQL database with a schedule firing every two seconds:
 * Quartz's cluster fires each time on one node only, and the settlement of the day runs once however often it fires.
 */
@PostgresIntegrationTest
@ExtendWith(PostgresAvailable.class)
class ClusteredSchedulesIntegrationTests {

    static final int FIRES = 6;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void twoServersFireEachTimeOnceAndSettleTheDayOnce() throws Exception {
        String name = "every-two-seconds-" + UUID.randomUUID().toString().substring(0, 8);
        String scheme = "NONE-" + UUID.randomUUID().toString().substring(0, 8);
        Path schedules = Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(schedules.resolve(name + ".yml"), """
                job: settlementJob
                cron: "*/2 * * * * ?"
                zone: UTC
                parameters:
                  businessDate: today
                  schemeId: %s
                """.formatted(scheme));
        SettleProcess first = server(folder, "node-1", schedules);
        SettleProcess second = server(folder, "node-2", schedules);

        first.await(FIRES + " fires with both nodes in the cluster", Duration.ofMillis(500),
                () -> nodes() == 2 && finishedFires(name).size() >= FIRES);
        first.kill("fires counted");
        second.kill("fires counted");

        List<Map<String, Object>> fires = finishedFires(name);
        assertThat(fires).allSatisfy(fire -> assertThat(((Number) fire.get("duplicate_fires")).intValue()).isZero());
        assertThat(fires).filteredOn(fire -> fire.get("outcome").toString().endsWith(" COMPLETED")
                && fire.get("outcome").toString().contains(": execution ")).hasSize(1);
        assertThat(fires).filteredOn(fire -> fire.get("outcome").toString().contains("not started, COMPLETED"))
                .hasSize(fires.size() - 1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_NAME = 'schemeId' AND PARAMETER_VALUE = ?
                """).param(scheme).query(Long.class).single()).isEqualTo(1);
    }

    private static SettleProcess server(Path folder, String node, Path schedules) throws Exception {
        return SettleProcess.start(folder.resolve("logs"), node, CliRun.newDataDir(), "server", "--port", "0",
                "--settle.schedules.dir=" + schedules);
    }

    private long nodes() {
        return jdbc.sql("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'settle'").query(Long.class)
                .single();
    }

    private List<Map<String, Object>> finishedFires(String name) {
        return jdbc.sql("""
                SELECT fire_time, node, outcome, duplicate_fires FROM schedule_fire
                WHERE schedule_name = ? AND outcome IS NOT NULL ORDER BY fire_time""").param(name).query().listOfRows();
    }
}
