package dev.settle.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code settle.*} shared by several features.
 *
 * @param dataDir directory for the embedded database, generated key material and job output
 * @param security token and key settings
 */
@ConfigurationProperties("settle")
public record SettleProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Security security) {

    /**
     * @param masterKey base64 of a 256-bit key that encrypts API private keys and signs access tokens; when
     *     empty, a key file under the data directory is created on first use (fine for one node, not a cluster)
     * @param tokenTtl lifetime of an access token
     * @param hmacWindow how far a signed request's epoch may be from now
     */
    public record Security(
            @DefaultValue("") String masterKey,
            @DefaultValue("15m") Duration tokenTtl,
            @DefaultValue("5m") Duration hmacWindow) {

        @Override
        public String toString() {
            return "Security[masterKey=" + (masterKey.isEmpty() ? "<key file>" : "<set>") + ", tokenTtl=" + tokenTtl
                    + ", hmacWindow=" + hmacWindow + "]";
        }
    }
}
