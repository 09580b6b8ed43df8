package dev.settle.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A {@code settle …} command in a child JVM with this JVM's class path, on this JVM's PostgreSQL test database,
 * killed with SIGKILL once it reaches the point a test names: nothing of the dying process gets to clean up, as on
 * a power cut. Crash tests then carry on through {@link CliRun}, as an operator would.
 */
public final class SettleProcess {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    // 128 + SIGKILL: the process was killed, it did not end on its own.
    private static final int KILLED = 137;

    private final String name;
    private final Process process;
    private final Path log;

    private SettleProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code settle <arguments>} with its output in {@code <logDir>/<name>.log}.
     *
     * @param name what the process does, for its log file and for failure messages
     */
    public static SettleProcess start(Path logDir, String name, String dataDir, String... arguments)
            throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.settle.SettleApplication"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--settle.data-dir=" + dataDir, "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=" + PostgresTestDatabase.USER, "--spring.datasource.password="));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SettleProcess(name, process, log);
    }

    /**
     * Polls {@code reached} every {@code pollEvery} and kills the process the moment it answers true. Fails, saying
     * which point was missed, when the process ends first or the deadline passes: then the sizes need tuning.
     */
    public void killWhen(String point, Duration pollEvery, BooleanSupplier reached) throws Exception {
        await(point, pollEvery, reached);
        kill(point);
    }

    /** Polls {@code reached} until it answers true; fails like {@link #killWhen} when it never does. */
    public void await(String point, Duration pollEvery, BooleanSupplier reached) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!reached.getAsBoolean()) {
            if (!process.isAlive()) {
                fail("The " + name + " process ended (exit " + process.exitValue() + ") before it reached the point '"
                        + point + "': make the run longer. Its output:%n%s", output());
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly().waitFor();
                fail("The " + name + " process did not reach the point '" + point + "' within " + DEADLINE
                        + ". Its output:%n%s", output());
            }
            Thread.sleep(pollEvery.toMillis());
        }
    }

    /** Kills the process with SIGKILL and asserts it was still running, so it really died at {@code point}. */
    public void kill(String point) throws Exception {
        process.destroyForcibly().waitFor();
        assertThat(process.exitValue()).as("the %s process was killed at '%s', it did not end on its own:%n%s", name,
                point, output()).isEqualTo(KILLED);
    }

    /**
     * Sends SIGTERM, as an init system or an operator's {@code kill} does, waits for the process to end and answers
     * its exit code; asserts it was still running, so the signal really landed at {@code point}.
     */
    public int terminate(String point) throws Exception {
        assertThat(process.isAlive()).as("the %s process still ran at '%s':%n%s", name, point, output()).isTrue();
        process.destroy();
        return exitCode();
    }

    /** Waits for the process to end on its own; answers its exit code. */
    public int exitCode() throws Exception {
        if (!process.waitFor(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("The " + name + " process did not end within " + DEADLINE + ". Its output:%n%s", output());
        }
        return process.exitValue();
    }

    /** The last 40 lines the process wrote. */
    public String output() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
