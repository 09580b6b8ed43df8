package dev.settle.demo;

import dev.settle.schemeconfig.SchemeCatalog;
import dev.settle.schemeconfig.SchemeDefinition;
import dev.settle.schemeconfig.SchemeRepository;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.Tenant;
import dev.settle.tenancy.TenantAdministration;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What an operator does before a tenant can call the API: tenant, API key and schemes. */
@Component
public class DemoSetup {

    private final TenantAdministration tenants;
    private final SchemeRepository schemes;
    private final JsonMapper json;
    private final SchemeCatalog catalog;

    public DemoSetup(TenantAdministration tenants, SchemeRepository schemes, JsonMapper json,
            SchemeCatalog catalog) {
        this.tenants = tenants;
        this.schemes = schemes;
        this.json = json;
        this.catalog = catalog;
    }

    /** Creates the demo tenant with an admin key and the schemes of {@code schemes.json}. */
    public IssuedApiKey prepare(Path sampleData, PrintWriter out) {
        Tenant tenant = tenants.createTenant("demo-account", "demo");
        out.println("   tenant 'demo' " + tenant.id() + " in account 'demo-account' " + tenant.accountId());
        IssuedApiKey key = tenants.createApiKey(tenant.id().toString(), List.of("tenant-admin"));
        out.println("   API key " + key.publicKey() + " with role tenant-admin (private key kept in memory)");
        for (SchemeDefinition definition : readSchemes(sampleData.resolve("schemes.json"))) {
            schemes.insert(catalog.toConfig(definition, tenant.id()));
            out.println("   scheme " + definition.schemeId() + " (" + definition.writerType() + ", "
                    + String.join("/", definition.directions()) + " in " + String.join(",", definition.currencies()) + ")");
        }
        return key;
    }

    private List<SchemeDefinition> readSchemes(Path file) {
        try {
            return json.readValue(file.toFile(), new TypeReference<List<SchemeDefinition>>() {
            });
        } catch (tools.jackson.core.JacksonException e) {
            throw new UncheckedIOException(new IOException("Cannot read " + file.toAbsolutePath() + ": "
                    + e.getOriginalMessage(), e));
        }
    }
}
