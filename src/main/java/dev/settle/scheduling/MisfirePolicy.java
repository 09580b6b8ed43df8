package dev.settle.scheduling;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a schedule does about fire times that passed while no node was up (or every node was busy), as written in its
 * file.
 */
public enum MisfirePolicy {

    /** Fire once as soon as a node is back, for the latest missed time. */
    FIRE_ONCE_NOW("fire-once-now"),
    /** Forget missed times; wait for the next one. */
    SKIP("skip"),
    /** Fire once as soon as a node is back, and run every missed time in order, oldest first (up to a limit). */
    CATCH_UP("catch-up");

    private final String text;

    MisfirePolicy(String text) {
        this.text = text;
    }

    /** How the policy is written in a schedule file. */
    public String text() {
        return text;
    }

    static Optional<MisfirePolicy> of(String text) {
        return Arrays.stream(values()).filter(policy -> policy.text.equals(text)).findFirst();
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(MisfirePolicy::text).toList());
    }
}
