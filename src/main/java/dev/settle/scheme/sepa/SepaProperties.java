package dev.settle.scheme.sepa;

import dev.settle.scheme.SchemeSettings;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the SEPA file schemes ({@code settle.sepa.*}).
 *
 * @param outboxDir where SEPA files are published, one folder per tenant and scheme
 *     ({@code <outboxDir>/<tenantId>/<schemeId>}) unless a scheme names its own with the setting
 *     {@value #OUTPUT_DIRECTORY}; {@code <settle.data-dir>/outbox} by default (application.yml)
 */
@ConfigurationProperties("settle.sepa")
public record SepaProperties(Path outboxDir) {

    /** The scheme setting naming a scheme's own output directory. */
    public static final String OUTPUT_DIRECTORY = "outputDirectory";

    public SepaProperties {
        Objects.requireNonNull(outboxDir, "settle.sepa.outbox-dir must be set");
    }

    /** The directory a scheme's files are published in; not created here. */
    public Path directory(SchemeSettings scheme) {
        String own = scheme.get(OUTPUT_DIRECTORY, null);
        if (own != null) {
            return Path.of(own);
        }
        Path tenant = outboxDir.resolve(String.valueOf(scheme.tenantId()));
        Path directory = tenant.resolve(scheme.schemeId()).normalize();
        // Scheme ids may hold dots: "." or ".." must not put one scheme's files in another's folder.
        if (!tenant.normalize().equals(directory.getParent())) {
            throw new IllegalStateException("Scheme id '" + scheme.schemeId() + "' cannot name a folder under "
                    + tenant + "; set the scheme setting '" + OUTPUT_DIRECTORY + "'");
        }
        return directory;
    }
}
