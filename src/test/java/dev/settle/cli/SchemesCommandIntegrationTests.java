package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code settle schemes} end to end on the embedded database, one data directory for the class. */
class SchemesCommandIntegrationTests {

    // Absolute: H2 refuses a database path that is only implicitly relative to the working directory.
    static final Path DATA_DIR = dataDir();
    static final String TENANT = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    static final String OTHER_TENANT = TENANT + "-other";

    record Run(int exitCode, String out, String err) {
    }

    static Path dataDir() {
        return Path.of("target", "test-data", "cli-schemes-" + UUID.randomUUID()).toAbsolutePath();
    }

    static Run settle(String... args) {
        return settle(DATA_DIR, args);
    }

    static Run settle(Path dataDir, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            int exitCode = SettleCli.run(Stream.concat(Stream.of(args), Stream.of("--settle.data-dir=" + dataDir))
                    .toArray(String[]::new));
            return new Run(exitCode, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Run create(String tenant, String schemeId, String... more) {
        String[] base = {"schemes", "create", "--tenant", tenant, "--id", schemeId, "--name", "Sandbox EU", "--writer",
                "SANDBOX", "--currencies", "EUR,GBP", "--directions", "CREDIT,DEBIT", "--calendar", "TARGET2", "--lead-days",
                "1", "--cut-off", "14:00", "--zone", "Europe/Brussels"};
        return settle(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    // Start-up warnings (Flyway on a newer H2) reach stdout ahead of the document.
    static JsonNode json(String out) {
        Matcher start = Pattern.compile("(?m)^[\\[{]").matcher(out);
        assertThat(start.find()).as(out).isTrue();
        return JsonMapper.builder().build().readTree(out.substring(start.start()));
    }

    @BeforeAll
    static void tenant() {
        for (String tenant : new String[] {TENANT, OTHER_TENANT}) {
            Run run = settle("tenants", "create", "--name", tenant);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    @Test
    void createsAndListsASchemeWithoutShowingSecrets() throws SQLException {
        Run created = create(TENANT, "sandbox-eu", "--late-allowed", "--max-items", "500", "--setting", "baseUrl=https://sandbox.example",
                "--setting", "apiKey=sk_test_123");

        assertThat(created.exitCode()).as(created.err()).isZero();
        JsonNode json = json(created.out());
        assertThat(json.get("schemeId").asString()).isEqualTo("sandbox-eu");
        assertThat(json.get("settings").propertyNames()).containsExactly("baseUrl");
        assertThat(created.out()).doesNotContain("sk_test_123");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + DATA_DIR.toAbsolutePath()
                + "/settle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT s.*, t.name AS tenant_name FROM scheme s "
                        + "JOIN tenant t ON t.id = s.tenant_id WHERE s.scheme_id = 'sandbox-eu'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("tenant_name")).isEqualTo(TENANT);
            assertThat(row.getString("writer_type")).isEqualTo("SANDBOX");
            assertThat(row.getString("currencies")).isEqualTo("EUR,GBP");
            assertThat(row.getString("directions")).isEqualTo("CREDIT,DEBIT");
            assertThat(row.getInt("lead_time_days")).isEqualTo(1);
            assertThat(row.getString("cut_off_time")).startsWith("14:00");
            assertThat(row.getString("cut_off_zone")).isEqualTo("Europe/Brussels");
            assertThat(row.getBoolean("late_submission_allowed")).isTrue();
            assertThat(row.getInt("max_items_per_file")).isEqualTo(500);
            assertThat(row.getString("settings")).isEqualTo("{\"apiKey\":\"sk_test_123\",\"baseUrl\":\"https://sandbox.example\"}");
            assertThat(row.next()).isFalse();
        }

        Run table = settle("schemes", "list", "--tenant", TENANT);
        Run listed = settle("schemes", "list", "--tenant", TENANT, "--json");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("SCHEME ID", "CUT-OFF").containsPattern(
                "sandbox-eu +Sandbox EU +SANDBOX +EUR,GBP +CREDIT,DEBIT +TARGET2 +1 +14:00 Europe/Brussels +yes +500 +yes");
        assertThat(listed.exitCode()).isZero();
        JsonNode list = json(listed.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("maxItemsPerFile").asInt()).isEqualTo(500);
        assertThat(listed.out()).doesNotContain("sk_test_123", "apiKey");
    }

    @Test
    void refusesBadOptionsWithEveryReasonBeforeStarting() {
        Path untouched = dataDir();

        Run run = settle(untouched, "schemes", "create", "--tenant", "no-such-tenant", "--id", "x", "--name", "X",
                "--writer", "SANDBOX", "--currencies", "EUR,EURO", "--directions", "CREDIT", "--calendar", "TARGET2",
                "--lead-days", "1", "--cut-off", "14:00", "--zone", "Europe/Nowhere");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("currency 'EURO' is not an ISO 4217 code", "time zone 'Europe/Nowhere' is unknown");
        assertThat(untouched).doesNotExist();
    }

    @Test
    void refusesAWriterTypeThisBuildHasNoWriterFor() {
        Run run = settle("schemes", "create", "--tenant", TENANT, "--id", "ftp-1", "--name", "FTP", "--writer", "FTP",
                "--currencies", "EUR", "--directions", "CREDIT", "--calendar", "TARGET2", "--lead-days", "1",
                "--cut-off", "14:00", "--zone", "Europe/Brussels");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("writer type 'FTP' is unknown; use one of [", "SANDBOX", "SEPA_SCT");
    }

    @Test
    void refusesADuplicateSchemeAndAnUnknownTenant() {
        assertThat(create(OTHER_TENANT, "dup-1").exitCode()).isZero();

        Run duplicate = create(OTHER_TENANT, "dup-1");
        Run unknownTenant = settle("schemes", "list", "--tenant", "no-such-tenant");

        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("Scheme 'dup-1' already exists for tenant");
        assertThat(unknownTenant.exitCode()).isEqualTo(1);
        assertThat(unknownTenant.err()).contains("No tenant 'no-such-tenant'");
    }
}
