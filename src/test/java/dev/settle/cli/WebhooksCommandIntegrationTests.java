package dev.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code settle webhooks …} run through the entry point. */
class WebhooksCommandIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String dataDir = CliRun.newDataDir();

    @Test
    void endpointsAreCreatedListedAndDisabledAndEventsListedRedeliveredAndDispatched() {
        String tenant = "hooks-" + UUID.randomUUID();
        CliRun.run(dataDir, "tenants", "create", "--name", tenant);

        CliRun created = CliRun.run(dataDir, "webhooks", "endpoints", "create", "--tenant", tenant, "--url",
                "http://127.0.0.1:9/hooks", "--events", "order_created,PAYMENT_MISSED");
        JsonNode endpoint = JSON.readTree(created.out());
        String id = endpoint.get("endpoint").get("id").asString();
        CliRun listed = CliRun.run(dataDir, "webhooks", "endpoints", "list", "--tenant", tenant);
        CliRun disabled = CliRun.run(dataDir, "webhooks", "endpoints", "update", id, "--tenant", tenant, "--enabled",
                "false");
        CliRun events = CliRun.run(dataDir, "webhooks", "list", "--tenant", tenant, "--status", "DEAD", "--json");
        CliRun redeliverSince = CliRun.run(dataDir, "webhooks", "redeliver", "--since", "1h", "--tenant", tenant);
        CliRun dispatch = CliRun.run(dataDir, "webhooks", "dispatch");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(endpoint.get("secret").asString()).startsWith("whsec_");
        assertThat(endpoint.get("endpoint").get("eventTypes").valueStream().map(JsonNode::asString))
                .containsExactly("ORDER_CREATED", "PAYMENT_MISSED");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).startsWith("ENDPOINT ID").contains(id, "http://127.0.0.1:9/hooks", "yes")
                .doesNotContain(endpoint.get("secret").asString());
        assertThat(disabled.exitCode()).isZero();
        assertThat(JSON.readTree(disabled.out()).get("enabled").asBoolean()).isFalse();
        assertThat(events.exitCode()).isZero();
        assertThat(JSON.readTree(events.out()).isArray()).isTrue();
        assertThat(redeliverSince.exitCode()).isZero();
        assertThat(redeliverSince.out()).contains("0 event(s) due again");
        assertThat(dispatch.exitCode()).isZero();
        assertThat(dispatch.out()).contains("event(s) sent:").contains("delivered");
    }

    @Test
    void errorsSayWhyWithTheirExitCodes() {
        String tenant = "hooks-bad-" + UUID.randomUUID();
        CliRun.run(dataDir, "tenants", "create", "--name", tenant);

        CliRun badUrl = CliRun.run(dataDir, "webhooks", "endpoints", "create", "--tenant", tenant, "--url", "ftp://x");
        CliRun badType = CliRun.run(dataDir, "webhooks", "endpoints", "create", "--tenant", tenant, "--url",
                "https://example.org/h", "--events", "EVERYTHING");
        CliRun unknownTenant = CliRun.run(dataDir, "webhooks", "list", "--tenant", "nobody-" + UUID.randomUUID());
        CliRun unknownEvent = CliRun.run(dataDir, "webhooks", "redeliver", "987654321");
        CliRun badStatus = CliRun.run(dataDir, "webhooks", "list", "--status", "LOST");
        CliRun both = CliRun.run(dataDir, "webhooks", "redeliver", "1", "--since", "1h");
        CliRun neither = CliRun.run(dataDir, "webhooks", "redeliver");

        assertThat(badUrl.exitCode()).isEqualTo(1);
        assertThat(badUrl.err()).contains("settle webhooks endpoints create: A webhook URL must be http(s)");
        assertThat(badType.exitCode()).isEqualTo(1);
        assertThat(badType.err()).contains("Unknown event type 'EVERYTHING'");
        assertThat(unknownTenant.exitCode()).isEqualTo(1);
        assertThat(unknownTenant.err()).contains("No tenant");
        assertThat(unknownEvent.exitCode()).isEqualTo(1);
        assertThat(unknownEvent.err()).contains("No webhook event 987654321");
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.err()).contains("--status");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(neither.exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"webhooks", "--help"}, {"webhooks", "list", "--help"},
                {"webhooks", "redeliver", "--help"}, {"webhooks", "dispatch", "--help"},
                {"webhooks", "endpoints", "--help"}, {"webhooks", "endpoints", "create", "--help"},
                {"webhooks", "endpoints", "list", "--help"}, {"webhooks", "endpoints", "update", "--help"}}) {
            CliRun run = CliRun.run(dataDir, command);

            assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(run.out()).contains("Usage: settle " + command[0]);
        }
        assertThat(CliRun.run(dataDir, "--help").out()).contains("webhooks");
    }
}
