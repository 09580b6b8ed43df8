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

    // An account number keeps its country and check digits (or first four) and its last four characters.
    private static final int ACCOUNT_EDGE = 4;
    private static final String ACCOUNT_MASK = "********";

    private PersonalData() {
    }

    /**
     * An IBAN or account number as {@code DE89********3000}: the first and last four characters, enough to tell
     * the bank's country and two accounts apart; a value shorter than twelve characters is masked as by
     * {@link #mask}. Spaces are dropped first.
     */
    public static String maskAccount(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String compact = value.replace(" ", "");
        if (compact.length() < 3 * ACCOUNT_EDGE) {
            return mask(compact);
        }
        return compact.substring(0, ACCOUNT_EDGE) + ACCOUNT_MASK + compact.substring(compact.length() - ACCOUNT_EDGE);
    }

    /** A person's or company's name as its initials ({@code Anna Schmidt} → {@code A. S.}); null stays null. */
    public static String abbreviateName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (initials.length() > 0) {
                initials.append(' ');
            }
            initials.appendCodePoint(part.codePointAt(0)).append('.');
        }
        return initials.toString();
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
