package dev.settle.support;

import dev.settle.cli.SettleCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs {@code settle …} through the real entry point, as an operator would, capturing exit code and output.
 * Commands use the same database as the test contexts of this JVM.
 */
public record CliRun(int exitCode, String out, String err) {

    /**
     * Runs the arguments on this JVM's test database: PostgreSQL (with {@code dataDir} for local files), or the
     * embedded database the test contexts share.
     */
    public static CliRun run(String dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (PostgresTestDatabase.inUse()) {
            all.add("--settle.data-dir=" + dataDir);
            all.add("--spring.datasource.url=" + PostgresTestDatabase.url());
            all.add("--spring.datasource.username=" + PostgresTestDatabase.USER);
            all.add("--spring.datasource.password=");
        } else {
            all.add("--settle.data-dir=" + PostgresTestDatabase.EMBEDDED_DATA_DIR);
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
