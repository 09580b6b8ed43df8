package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code settle tenants …} and {@code settle api-keys …} run through the entry point. */
class TenantCommandsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String dataDir = CliRun.newDataDir();

    @Test
    void tenantIsCreatedListedAndGivenAKey() {
        String name = "acme-" + UUID.randomUUID();

        CliRun created = CliRun.run(dataDir, "tenants", "create", "--name", name, "--account", "acme-account");
        CliRun listed = CliRun.run(dataDir, "tenants", "list", "--json");
        CliRun key = CliRun.run(dataDir, "api-keys", "create", "--tenant", name, "--roles",
                "tenant-transaction-read,tenant-transaction-write");

        assertThat(created.exitCode()).isZero();
        JsonNode tenant = JSON.readTree(created.out());
        assertThat(tenant.get("name").asString()).isEqualTo(name);
        assertThat(listed.exitCode()).isZero();
        assertThat(JSON.readTree(listed.out()).valueStream().map(t -> t.get("name").asString())).contains(name);
        assertThat(key.exitCode()).isZero();
        JsonNode issued = JSON.readTree(key.out());
        assertThat(issued.get("tenantId").asString()).isEqualTo(tenant.get("id").asString());
        assertThat(issued.get("privateKey").asString()).hasSize(44);
        assertThat(issued.get("roles").valueStream().map(JsonNode::asString))
                .containsExactly("tenant-transaction-read", "tenant-transaction-write");
    }

    @Test
    void tableOutputIsTheDefault() {
        String name = "table-" + UUID.randomUUID();
        CliRun.run(dataDir, "tenants", "create", "--name", name);

        CliRun listed = CliRun.run(dataDir, "tenants", "list");

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).startsWith("TENANT ID").contains(name);
    }

    @Test
    void unknownTenantAndUnknownRoleFailWithExitCode1AndAReason() {
        CliRun unknownTenant = CliRun.run(dataDir, "api-keys", "create", "--tenant", "nobody-" + UUID.randomUUID(),
                "--roles", "tenant-admin");
        String name = "roles-" + UUID.randomUUID();
        CliRun.run(dataDir, "tenants", "create", "--name", name);
        CliRun badRole = CliRun.run(dataDir, "api-keys", "create", "--tenant", name, "--roles", "superuser");

        assertThat(unknownTenant.exitCode()).isEqualTo(1);
        assertThat(unknownTenant.err()).contains("settle api-keys create: No tenant").contains("settle tenants list");
        assertThat(badRole.exitCode()).isEqualTo(1);
        assertThat(badRole.err()).contains("Roles must be among");
        assertThat(badRole.out()).isEmpty();
    }

    @Test
    void missingOptionIsUsageErrorWithExitCode2() {
        CliRun run = CliRun.run(dataDir, "api-keys", "create", "--roles", "tenant-admin");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--tenant=<tenant>'");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.run(dataDir, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("server", "tenants", "api-keys", "Exit codes");
    }
}
