package dev.settle.cli;

import dev.settle.schemeconfig.SchemeCatalog;
import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeDefinition;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.schemeconfig.SchemeResponse;
import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code settle schemes create|list}: a tenant's payment schemes. */
@Command(name = "schemes", mixinStandardHelpOptions = true, description = "Create and list a tenant's payment schemes.",
        subcommands = {SchemesCommand.Create.class, SchemesCommand.ListSchemes.class})
class SchemesCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a scheme for a tenant; prints it as JSON, secret settings left out.")
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tenant", required = true, description = "Tenant id or unique name")
        String tenant;

        @Option(names = "--id", required = true, description = "Scheme id, unique within the tenant")
        String id;

        @Option(names = "--name", required = true, description = "Display name")
        String name;

        @Option(names = "--writer", required = true, description = "Writer type: SEPA_SCT, SEPA_SDD_CORE, SANDBOX or a plugged-in scheme's code")
        String writer;

        @Option(names = "--currencies", required = true, split = ",", description = "ISO 4217 codes, comma-separated")
        List<String> currencies;

        @Option(names = "--directions", required = true, split = ",", description = "CREDIT and/or DEBIT, comma-separated")
        List<String> directions;

        @Option(names = "--calendar", required = true, description = "Business-day calendar: TARGET2, UK")
        String calendar;

        @Option(names = "--lead-days", required = true, description = "Lead time in business days")
        int leadDays;

        @Option(names = "--cut-off", required = true, description = "Cut-off time of day, HH:mm")
        String cutOff;

        @Option(names = "--zone", required = true, description = "Time zone of the cut-off, e.g. Europe/Brussels")
        String zone;

        @Option(names = "--late-allowed", description = "Submit instructions past their settled-by date")
        boolean lateAllowed;

        @Option(names = "--max-items", defaultValue = "10000", description = "Most items per file (default: ${DEFAULT-VALUE})")
        int maxItems;

        @Option(names = "--setting", paramLabel = "KEY=VALUE", description = "Writer setting, repeatable. Keys naming a "
                + "secret (secret, password, token, credential, key) are never shown; prefer a credential reference.")
        Map<String, String> settings = new LinkedHashMap<>();

        @Override
        public Integer call() {
            SchemeDefinition definition = new SchemeDefinition(id, name, writer, currencies, directions, calendar, leadDays,
                    cutOff, zone, lateAllowed, maxItems, settings);
            refuse(definition.problemsOfForm());
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                SchemeCatalog catalog = context.getBean(SchemeCatalog.class);
                refuse(catalog.problems(definition));
                Tenant owner = context.getBean(TenantAdministration.class).resolveTenant(tenant);
                SchemeConfig scheme = catalog.toConfig(definition, owner.id());
                context.getBean(SchemeRepository.class).insert(scheme);
                CliOutput.json(spec.commandLine().getOut(), SchemeResponse.of(scheme));
            }
            return 0;
        }

        private static void refuse(List<String> problems) {
            if (problems.size() == 1) {
                throw new IllegalArgumentException(problems.get(0));
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.size() + " problems with the options:"
                        + problems.stream().map(problem -> System.lineSeparator() + "  - " + problem)
                                .collect(Collectors.joining()));
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a tenant's schemes.")
    static class ListSchemes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tenant", required = true, description = "Tenant id or unique name")
        String tenant;

        @Option(names = "--json", description = "Print JSON (with non-secret settings) instead of a table")
        boolean json;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                Tenant owner = context.getBean(TenantAdministration.class).resolveTenant(tenant);
                List<SchemeResponse> schemes = context.getBean(SchemeRepository.class).findAll(owner.id()).stream()
                        .map(SchemeResponse::of).toList();
                if (json) {
                    CliOutput.json(spec.commandLine().getOut(), schemes);
                } else {
                    CliOutput.table(spec.commandLine().getOut(), List.of("SCHEME ID", "NAME", "WRITER", "CURRENCIES",
                            "DIRECTIONS", "CALENDAR", "LEAD DAYS", "CUT-OFF", "LATE", "MAX ITEMS", "ENABLED"),
                            schemes.stream().map(ListSchemes::row).toList());
                }
            }
            return 0;
        }

        private static List<String> row(SchemeResponse s) {
            return List.of(s.schemeId(), s.name(), s.writerType(), String.join(",", s.currencies()),
                    String.join(",", s.directions()), s.calendar(), String.valueOf(s.leadTimeDays()),
                    s.cutOffTime() + " " + s.cutOffZone(), s.lateSubmissionAllowed() ? "yes" : "no",
                    String.valueOf(s.maxItemsPerFile()), s.enabled() ? "yes" : "no");
        }
    }
}
