package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code settle run settlementJob} in a child JVM on this JVM's test database, killed with SIGKILL once the run
 * reaches the point a test names: nothing of the dying process gets to clean up, as on a power cut. Then restarted
 * through the CLI in this JVM, as an operator would.
 */
final class SettlementProcess {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    // 128 + SIGKILL: the process was killed, it did not end on its own.
    private static final int KILLED = 137;

    private final Process process;
    private final Path log;

    private SettlementProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the settlement of one scheme for a business date, claiming {@code claimChunkSize} per transaction. */
    static SettlementProcess start(Path logDir, String dataDir, LocalDate businessDate, String schemeId,
            int claimChunkSize) throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve("settlement-" + schemeId + ".log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.settle.SettleApplication", "run",
                SettlementJobs.JOB, SettlementJobs.BUSINESS_DATE + "=" + businessDate,
                SettlementJobs.SCHEME_ID + "=" + schemeId, "--settle.settlement.claim-chunk-size=" + claimChunkSize,
                "--settle.data-dir=" + dataDir, "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=postgres", "--spring.datasource.password="))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SettlementProcess(process, log);
    }

    /**
     * Polls {@code reached} every {@code pollEvery} and kills the process the moment it answers true. Fails, saying
     * which point was missed, when the process ends first or the deadline passes: then the sizes need tuning.
     */
    void killWhen(String point, Duration pollEvery, BooleanSupplier reached) throws Exception {
        await(point, pollEvery, reached);
        kill(point);
    }

    /** Polls {@code reached} until it answers true; fails like {@link #killWhen} when it never does. */
    void await(String point, Duration pollEvery, BooleanSupplier reached) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!reached.getAsBoolean()) {
            if (!process.isAlive()) {
                fail("The settlement process ended (exit " + process.exitValue() + ") before it reached the point '"
                        + point + "': make the run longer. Its output:%n%s", output());
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly().waitFor();
                fail("The settlement process did not reach the point '" + point + "' within " + DEADLINE
                        + ". Its output:%n%s", output());
            }
            Thread.sleep(pollEvery.toMillis());
        }
    }

    /** Kills the process with SIGKILL and asserts it was still running, so it really died at {@code point}. */
    void kill(String point) throws Exception {
        process.destroyForcibly().waitFor();
        assertThat(process.exitValue()).as("the settlement process was killed at '%s', it did not end on its own:%n%s",
                point, output()).isEqualTo(KILLED);
    }

    /**
     * Restarts the killed run the way the runbook tells an operator: {@code settle run} is refused (exit 4) with
     * a {@code settle recover N} hint, {@code settle recover N}, {@code settle restart N} completes (exit 0), and
     * the run of the date then counts as done (exit 3).
     */
    static void restartAsAnOperatorWould(String dataDir, LocalDate businessDate, String schemeId) {
        String[] run = {"run", SettlementJobs.JOB, SettlementJobs.BUSINESS_DATE + "=" + businessDate,
                SettlementJobs.SCHEME_ID + "=" + schemeId};
        CliRun refused = CliRun.run(dataDir, run);
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
        Matcher recoverHint = Pattern.compile("settle recover (\\d+)").matcher(refused.err());
        assertThat(recoverHint.find()).as(refused.err()).isTrue();
        CliRun recovered = CliRun.run(dataDir, "recover", recoverHint.group(1));
        assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
        CliRun restarted = CliRun.run(dataDir, "restart", recoverHint.group(1));
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        CliRun again = CliRun.run(dataDir, run);
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(3);
    }

    private String output() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
