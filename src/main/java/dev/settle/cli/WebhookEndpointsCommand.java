package dev.settle.cli;

import dev.settle.tenancy.TenantAdministration;
import dev.settle.webhook.WebhookEndpoint;
import dev.settle.webhook.WebhookEndpoints;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle webhooks endpoints create|list|update}: where a tenant's events go. */
@Command(name = "endpoints", mixinStandardHelpOptions = true,
        description = "A tenant's webhook endpoints: URL, signing secret and the event types it wants.",
        subcommands = {WebhookEndpointsCommand.Create.class, WebhookEndpointsCommand.ListEndpoints.class,
                WebhookEndpointsCommand.Update.class})
class WebhookEndpointsCommand extends CommandGroup {

    private static final String EVENTS = "Comma-separated event types, or ALL (default): ORDER_CREATED, "
            + "INSTRUCTION_CREATED, INSTRUCTION_STATUS_CHANGED, PAYMENT_MISSED, REFUND_UPDATED, CHARGEBACK_UPDATED, "
            + "IMPORT_FINISHED";

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Register an endpoint; prints it as JSON with its signing secret, shown this once. It "
                    + "receives the events of changes from now on.")
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tenant", required = true, description = "Tenant id or unique name")
        String tenant;

        @Option(names = "--url", required = true, description = "http(s) URL events are POSTed to")
        String url;

        @Option(names = "--events", split = ",", description = EVENTS)
        List<String> events;

        @Option(names = "--secret", description = "Signing secret (16+ characters; default: generated). Prefer the "
                + "environment variable SETTLE_WEBHOOK_SECRET to keep it out of shell history")
        String secret;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                UUID tenantId = context.getBean(TenantAdministration.class).resolveTenant(tenant).id();
                String given = secret != null ? secret : System.getenv("SETTLE_WEBHOOK_SECRET");
                CliOutput.json(spec.commandLine().getOut(),
                        context.getBean(WebhookEndpoints.class).create(tenantId, url, events, given));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List endpoints (never their secrets).")
    static class ListEndpoints implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tenant", description = "Tenant id or unique name (default: all)")
        String tenant;

        @Option(names = "--json", description = "JSON output")
        boolean json;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                UUID tenantId = tenant == null ? null
                        : context.getBean(TenantAdministration.class).resolveTenant(tenant).id();
                List<WebhookEndpoint> endpoints = context.getBean(WebhookEndpoints.class).list(tenantId);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    CliOutput.json(out, endpoints);
                } else {
                    CliOutput.table(out, List.of("ENDPOINT ID", "TENANT ID", "ENABLED", "URL", "EVENTS"),
                            endpoints.stream().map(e -> List.of(e.id().toString(), e.tenantId().toString(),
                                    e.enabled() ? "yes" : "no", e.url(), String.join(",",
                                            e.eventTypes().stream().map(Enum::name).toList()))).toList());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change an endpoint's URL, event types or whether it is enabled; prints it as JSON. A "
                    + "disabled endpoint gets no new events; those already recorded are still delivered.")
    static class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "The endpoint id")
        UUID id;

        @Option(names = "--tenant", required = true, description = "Tenant id or unique name")
        String tenant;

        @Option(names = "--url", description = "New URL")
        String url;

        @Option(names = "--events", split = ",", description = EVENTS)
        List<String> events;

        @Option(names = "--enabled", arity = "1", description = "true or false")
        Boolean enabled;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                UUID tenantId = context.getBean(TenantAdministration.class).resolveTenant(tenant).id();
                CliOutput.json(spec.commandLine().getOut(),
                        context.getBean(WebhookEndpoints.class).update(tenantId, id, url, events, enabled));
            }
            return ExitCodes.OK;
        }
    }
}
