package dev.settle.cli;

import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code settle api-keys create}. */
@Command(name = "api-keys", mixinStandardHelpOptions = true, description = "Create tenant API keys.",
        subcommands = ApiKeysCommand.Create.class)
class ApiKeysCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API key and print it as JSON. The private key is shown this once only.")
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--tenant", required = true, description = "Tenant id or unique name")
        String tenant;

        @Option(names = "--roles", required = true, split = ",",
                description = "Comma-separated: tenant-transaction-read, tenant-transaction-write, tenant-admin")
        List<String> roles;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = SpringContexts.operator()) {
                IssuedApiKey key = context.getBean(TenantAdministration.class).createApiKey(tenant, roles);
                CliOutput.json(spec.commandLine().getOut(), key);
            }
            return 0;
        }
    }
}
