package dev.settle.scheme;

import java.util.Map;

/**
 * A configured scheme as its writer sees it: its id and the writer settings (originator account, creditor id,
 * base URL, credential reference…). Secret values are never printed.
 */
public record SchemeSettings(String schemeId, String writerType, Map<String, String> settings) {

    public SchemeSettings {
        settings = Map.copyOf(settings);
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
        return "SchemeSettings[schemeId=" + schemeId + ", writerType=" + writerType + ", settings=" + settings.keySet() + "]";
    }
}
