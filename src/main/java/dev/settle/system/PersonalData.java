package dev.settle.system;

/**
 * Masks personal data (IBANs, payment tokens) for API responses, log lines, CLI output and error reports:
 * only the last four characters stay readable, which is enough for a person to tell two values apart.
 */
public final class PersonalData {

    static final String MASK = "****";
    private static final int VISIBLE = 4;
    // Below this length the last four characters would give most of the value away.
    private static final int SHORTEST_PARTLY_SHOWN = 8;

    private PersonalData() {
    }

    /**
     * {@code ****} followed by the value's last four characters; a value shorter than eight characters is
     * masked entirely, {@code null} stays {@code null} and an empty value stays empty.
     */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() < SHORTEST_PARTLY_SHOWN) {
            return MASK;
        }
        return MASK + value.substring(value.length() - VISIBLE);
    }
}
