package dev.settle.cli;

import dev.settle.csvimport.ImportService;
import dev.settle.demo.DemoImports;
import dev.settle.demo.DemoScenario;
import dev.settle.demo.DemoReconciliation;
import dev.settle.demo.DemoSettlement;
import dev.settle.reconciliation.ReconciliationRuns;
import dev.settle.settlement.SettlementRuns;
import dev.settle.demo.DemoSetup;
import dev.settle.demo.DemoWebhooks;
import dev.settle.webhook.WebhookDispatcher;
import dev.settle.webhook.WebhookEndpoints;
import dev.settle.demo.SampleData;
import dev.settle.demo.TenantApiClient;
import dev.settle.tenancy.IssuedApiKey;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code settle demo}: starts the server on a fresh embedded database, sets up a tenant, and drives the API
 * with {@code sample-data/}, checking every answer. Exit code 0 when everything answered as expected.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the product end to end on a fresh embedded database with sample-data/.")
class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sample-data", defaultValue = "sample-data", description = "Sample data directory (default: ${DEFAULT-VALUE})")
    Path sampleData;

    @Option(names = "--data-dir", description = "Where the demo database goes (default: ./data/demo/<timestamp>)")
    Path dataDir;

    @Option(names = "--keep-running", description = "Leave the server up afterwards for exploring with curl")
    boolean keepRunning;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path api = sampleData.resolve("api");
        if (!Files.isDirectory(api)) {
            throw new IllegalArgumentException("No sample data at " + api.toAbsolutePath()
                    + "; run from the project directory or pass --sample-data");
        }
        Path directory = dataDir != null ? dataDir : Path.of(".", "data", "demo",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        ConfigurableApplicationContext context = SpringContexts.server(Map.of("server.port", "0",
                "settle.data-dir", directory.toString(), "logging.level.root", "WARN",
                "settle.log.console-target", "System.err"));
        int unmet;
        DemoWebhooks webhooks = new DemoWebhooks(out);
        try {
            String baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            out.println("settle demo: the Order Management API, the CSV imports, the nightly settlement and the "
                    + "reconciliation of the bank's answers on the embedded database");
            out.println("   database " + directory.toAbsolutePath().normalize() + ", server " + baseUrl);
            out.println();
            out.println("0. Operator setup (settle tenants create / api-keys create / schemes create)");
            IssuedApiKey key = context.getBean(DemoSetup.class).prepare(api, out);
            webhooks.register(context.getBean(WebhookEndpoints.class), key.tenantId());
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            TenantApiClient client = new TenantApiClient(baseUrl, key);
            unmet = new DemoScenario(client, new SampleData(api, today), out).run();
            unmet += new DemoImports(context.getBean(ImportService.class), client, sampleData.resolve("csv"), out).run();
            unmet += new DemoSettlement(context.getBean(SettlementRuns.class), client, out).run(today);
            unmet += new DemoReconciliation(context.getBean(ReconciliationRuns.class), client, out)
                    .run(directory.resolve("outbox"), directory.resolve("bank"));
            unmet += webhooks.run(context.getBean(WebhookDispatcher.class));
            out.println();
            out.println(unmet == 0 ? "Demo finished: every step answered as expected."
                    : "Demo finished with " + unmet + " unexpected answer(s), marked !! above.");
            if (keepRunning) {
                out.println("Server left running at " + baseUrl + " (public key " + key.publicKey()
                        + ", private key " + key.privateKey() + "); stop with Ctrl-C.");
                out.flush();
                new CountDownLatch(1).await();
            }
        } finally {
            out.flush();
            webhooks.close();
            context.close();
        }
        return unmet == 0 ? 0 : ExitCodes.FAILED;
    }
}
