package dev.settle.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One throw-away PostgreSQL database per test JVM on the local server (no Docker here), dropped at exit.
 * Tests keep their data apart by using their own tenants.
 */
public final class PostgresTestDatabase {

    static final String HOST = System.getProperty("settle.test.postgres", "127.0.0.1:5432");
    static final String USER = System.getProperty("settle.test.postgres-user", "postgres");
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/postgres";
    /** The embedded database of this JVM when PostgreSQL is not used: shared by test contexts and CLI runs. */
    public static final String EMBEDDED_DATA_DIR = "./target/test-data/h2-" + UUID.randomUUID();
    private static String url;
    private static String unavailableReason;

    private PostgresTestDatabase() {
    }

    /** Whether the server answers; the reason why not otherwise. */
    static synchronized String unavailableReason() {
        if (url == null && unavailableReason == null) {
            create();
        }
        return unavailableReason;
    }

    /** The JDBC URL of this JVM's database, created on first use. */
    public static synchronized String url() {
        if (unavailableReason() != null) {
            throw new IllegalStateException("PostgreSQL is not available: " + unavailableReason);
        }
        return url;
    }

    private static void create() {
        String name = "settle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            unavailableReason = "PostgreSQL not reachable at " + HOST + " as " + USER + ": " + e.getMessage();
            return;
        }
        url = "jdbc:postgresql://" + HOST + "/" + name + "?reWriteBatchedInserts=true";
        markRan();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
    }

    // .ci/run checks this marker: CI must fail when the PostgreSQL tests silently did not run.
    private static void markRan() {
        try {
            Path marker = Path.of("target", "postgres-tests.marker");
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "PostgreSQL test database created at " + HOST + "\n");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the PostgreSQL test marker", e);
        }
    }

    private static void drop(String name) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** Whether tests must use PostgreSQL: under CI, or when asked with {@code -Dsettle.test.database=postgresql}. */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "postgresql".equals(System.getProperty("settle.test.database"));
    }

    /** Whether tests use PostgreSQL rather than the embedded database. */
    public static boolean inUse() {
        return !embeddedRequested() && (required() || unavailableReason() == null);
    }

    /** Whether tests were asked to run on the embedded database ({@code -Dsettle.test.database=h2}). */
    static boolean embeddedRequested() {
        return "h2".equals(System.getProperty("settle.test.database"));
    }

    /**
     * Points a Spring test context at this JVM's PostgreSQL database. Without a reachable server (and outside
     * CI) the context runs on the embedded database instead, saying so once, so a machine with only a JDK and
     * Maven still runs the suite.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        private static volatile boolean announced;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (inUse()) {
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase",
                        Map.of("spring.datasource.url", url(),
                                "spring.datasource.username", USER,
                                "spring.datasource.password", "")));
                return;
            }
            if (!announced) {
                announced = true;
                System.err.println("NOTE: integration tests run on the embedded H2 database"
                        + (embeddedRequested() ? " (-Dsettle.test.database=h2)" : ": " + unavailableReason()));
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedTestDatabase",
                    Map.of("settle.data-dir", EMBEDDED_DATA_DIR)));
        }
    }
}
