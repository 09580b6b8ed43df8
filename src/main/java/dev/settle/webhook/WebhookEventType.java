package dev.settle.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of event a tenant's endpoint can subscribe to (SPEC 4.4). */
public enum WebhookEventType {
    ORDER_CREATED,
    INSTRUCTION_CREATED,
    /** Any accepted move of an instruction's status, with the previous status. */
    INSTRUCTION_STATUS_CHANGED,
    /** An instruction went {@code LATE}: its settledByDate passed before it could be submitted. */
    PAYMENT_MISSED,
    REFUND_UPDATED,
    CHARGEBACK_UPDATED,
    IMPORT_FINISHED;

    /** Parses names such as {@code order_created} or {@code ALL}; the message lists the valid ones. */
    public static List<WebhookEventType> parse(List<String> names) {
        if (names == null || names.isEmpty() || names.stream().anyMatch(n -> "ALL".equalsIgnoreCase(n.trim()))) {
            return List.of(values());
        }
        return names.stream().map(n -> {
            try {
                return valueOf(n.trim().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown event type '" + n + "'; one of " + names() + " or ALL");
            }
        }).distinct().sorted().toList();
    }

    /** Every name, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
