package dev.settle.schemeconfig;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which writer settings are secrets: those whose key contains {@code secret}, {@code password}, {@code token},
 * {@code credential} or {@code key}, in any case. Secrets are stored but never shown.
 */
public final class SchemeSettings {

    private static final List<String> SECRET_WORDS = List.of("secret", "password", "token", "credential", "key");
    private static final String HIDDEN = "<hidden>";

    private SchemeSettings() {
    }

    public static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** The settings that are not secrets, sorted by key. */
    public static Map<String, String> visible(Map<String, String> settings) {
        Map<String, String> visible = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (!isSecret(key)) {
                visible.put(key, value);
            }
        });
        return visible;
    }

    /** The settings for logs and {@code toString}: every key, the values of secrets replaced. */
    static String describe(Map<String, String> settings) {
        Map<String, String> described = new TreeMap<>();
        settings.forEach((key, value) -> described.put(key, isSecret(key) ? HIDDEN : value));
        return described.toString();
    }
}
