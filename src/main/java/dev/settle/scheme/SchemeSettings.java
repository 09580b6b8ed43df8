package dev.settle.scheme;

import java.util.Map;
import java.util.UUID;

/**
 * A configured scheme as its writer sees it: its id and the writer settings (originator account, creditor id,
 * base URL, credential reference…). Secret values are never printed.
 *
 * @param tenantId the tenant the scheme belongs to: scheme ids are unique per tenant only
 */
public record SchemeSettings(UUID tenantId, String schemeId, String writerType, Map<String, String> settings) {

    public SchemeSettings {
        settings = Map.copyOf(settings);
    }

    /** A setting, or {@code fallback} when it is absent or blank. */
    public String get(String key, String fallback) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A setting the writer cannot work without. */
    public String required(String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Scheme " + schemeId + " (" + writerType + ") needs the setting '" + key
                    + "'; set it with 'settle schemes create … --setting " + key + "=…'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "SchemeSettings[tenantId=" + tenantId + ", schemeId=" + schemeId + ", writerType=" + writerType + ", settings=" + settings.keySet() + "]";
    }
}
