package dev.settle.support;

import dev.settle.cli.SettleCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs {@code settle …} through the real entry point, as an operator would, capturing exit code and output.
 * Commands use this JVM's PostgreSQL test database when there is one, else a fresh embedded database.
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs the arguments against the database of {@code dataDir} (created under target/ when null). */
    public static CliRun run(String dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--settle.data-dir=" + dataDir);
        if (!PostgresTestDatabase.embeddedRequested()
                && (PostgresTestDatabase.required() || PostgresTestDatabase.unavailableReason() == null)) {
            all.add("--spring.datasource.url=" + PostgresTestDatabase.url());
            all.add("--spring.datasource.username=" + PostgresTestDatabase.USER);
            all.add("--spring.datasource.password=");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SettleCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** A fresh data directory under target/. */
    public static String newDataDir() {
        return "./target/test-data/cli-" + UUID.randomUUID();
    }
}
