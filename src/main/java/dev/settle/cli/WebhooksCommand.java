package dev.settle.cli;

import dev.settle.tenancy.TenantAdministration;
import dev.settle.webhook.DeliveryStatus;
import dev.settle.webhook.WebhookDispatcher;
import dev.settle.webhook.WebhookEvents;
import dev.settle.webhook.WebhookEvents.EventSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settle webhooks list|redeliver|dispatch|endpoints}: the webhook outbox and tenants' endpoints. */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Webhook events (the outbox) and the endpoints they are delivered to.",
        subcommands = {WebhooksCommand.ListEvents.class, WebhooksCommand.Redeliver.class,
                WebhooksCommand.Dispatch.class, WebhookEndpointsCommand.class})
class WebhooksCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List webhook events, newest first.")
    static class ListEvents implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--status", description = "${COMPLETION-CANDIDATES} (default: all)")
        DeliveryStatus status;

        @Option(names = "--tenant", description = "Tenant id or unique name (default: all)")
        String tenant;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--json", description = "JSON output")
        boolean json;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                UUID tenantId = tenant == null ? null
                        : context.getBean(TenantAdministration.class).resolveTenant(tenant).id();
                List<EventSummary> events = context.getBean(WebhookEvents.class).list(status, tenantId, limit);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    CliOutput.json(out, events);
                } else {
                    CliOutput.table(out, List.of("EVENT", "TYPE", "ORDER", "INSTRUCTION", "STATUS", "DELIVERY",
                            "ATTEMPTS", "OCCURRED", "NEXT ATTEMPT", "LAST RESULT", "URL"), events.stream()
                            .map(e -> List.of(String.valueOf(e.id()), e.type(), dash(e.orderRef()),
                                    dash(e.instructionRef()), dash(e.status()), e.deliveryStatus(),
                                    String.valueOf(e.attempts()), String.valueOf(e.occurredAt()),
                                    e.nextAttemptAt() == null ? "-" : e.nextAttemptAt().toString(),
                                    dash(e.lastResult()), e.url())).toList());
                }
            }
            return ExitCodes.OK;
        }

        private static String dash(String value) {
            return Objects.requireNonNullElse(value, "-");
        }
    }

    @Command(name = "redeliver", mixinStandardHelpOptions = true,
            description = "Make an event (or the DEAD events since a time) due again now; the next dispatch sends "
                    + "it with a fresh retry horizon.")
    static class Redeliver implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        @Option(names = "--include-delivered", description = "With --since: delivered events too, not only DEAD ones")
        boolean delivered;

        @Option(names = "--tenant", description = "With --since: only this tenant's events (id or unique name)")
        String tenant;

        static class Which {
            @Parameters(index = "0", description = "The event id", arity = "0..1")
            Long eventId;

            @Option(names = "--since", description = "Events recorded since: a date (2031-03-04), a date and time "
                    + "(2031-03-04T18:00, this machine's zone) or a duration back from now (30m, 24h, 7d)")
            String since;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                WebhookEvents events = context.getBean(WebhookEvents.class);
                PrintWriter out = spec.commandLine().getOut();
                if (which.eventId != null) {
                    events.redeliver(which.eventId);
                    out.println("Event " + which.eventId + " is due again");
                } else {
                    Clock clock = context.getBean(Clock.class);
                    UUID tenantId = tenant == null ? null
                            : context.getBean(TenantAdministration.class).resolveTenant(tenant).id();
                    int count = events.redeliverSince(SinceOption.since(which.since, clock)
                            .atZone(ZoneId.systemDefault()).toInstant(), delivered, tenantId);
                    out.println(count + " event(s) due again");
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "dispatch", mixinStandardHelpOptions = true,
            description = "Deliver the due events once, as the webhookDispatch schedule does, and say what happened.")
    static class Dispatch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                WebhookDispatcher.DispatchResult result = context.getBean(WebhookDispatcher.class).dispatch();
                spec.commandLine().getOut().println(result.attempted() + " event(s) sent: " + result.delivered()
                        + " delivered, " + result.retrying() + " to retry, " + result.dead() + " dead");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }
}
