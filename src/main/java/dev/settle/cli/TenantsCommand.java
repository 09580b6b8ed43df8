package dev.settle.cli;

import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code settle tenants create|list}. */
@Command(name = "tenants", mixinStandardHelpOptions = true, description = "Create and list tenants.",
        subcommands = {TenantsCommand.Create.class, TenantsCommand.ListTenants.class})
class TenantsCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a tenant (and its account on first use); prints the ids as JSON.")
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "Tenant name, unique within the account")
        String name;

        @Option(names = "--account", defaultValue = "default", description = "Account name (default: ${DEFAULT-VALUE})")
        String account;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                Tenant tenant = context.getBean(TenantAdministration.class).createTenant(account, name);
                CliOutput.json(spec.commandLine().getOut(), tenant);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tenants.")
    static class ListTenants implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table")
        boolean json;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                List<Tenant> tenants = context.getBean(TenantAdministration.class).listTenants();
                if (json) {
                    CliOutput.json(spec.commandLine().getOut(), tenants);
                } else {
                    CliOutput.table(spec.commandLine().getOut(), List.of("TENANT ID", "NAME", "ACCOUNT", "ACCOUNT ID"),
                            tenants.stream().map(t -> List.of(t.id().toString(), t.name(), t.accountName(),
                                    t.accountId().toString())).toList());
                }
            }
            return 0;
        }
    }
}
