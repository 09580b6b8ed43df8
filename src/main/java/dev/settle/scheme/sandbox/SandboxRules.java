package dev.settle.scheme.sandbox;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The sandbox's rules, read from a scheme's settings. */
record SandboxRules(Set<Integer> rejectCents, Set<Integer> retryCents, Set<Integer> pendingCents,
        Set<Integer> unknownCents, boolean unavailable) {

    static SandboxRules of(SchemeSettings scheme) {
        return new SandboxRules(cents(scheme, "sandbox.reject-cents"), cents(scheme, "sandbox.retry-cents"),
                cents(scheme, "sandbox.pending-cents"),
                cents(scheme, "sandbox.unknown-cents"),
                Boolean.parseBoolean(scheme.settings().getOrDefault("sandbox.unavailable", "false")));
    }

    PaymentOutcome answer(Payment payment, String batchId) {
        int cents = payment.amount().remainder(BigDecimal.ONE).movePointRight(2).abs().intValue();
        if (rejectCents.contains(cents)) {
            return PaymentOutcome.rejected(payment.key(), "AM04", "Insufficient funds (sandbox rule for ."
                    + String.format("%02d", cents) + ")");
        }
        if (retryCents.contains(cents)) {
            return PaymentOutcome.rejectedRetryable(payment.key(), "TECH", "Temporary technical rejection (sandbox"
                    + " rule for ." + String.format("%02d", cents) + "); a new attempt may succeed");
        }
        if (pendingCents.contains(cents)) {
            return PaymentOutcome.pending(payment.key(), batchId);
        }
        if (unknownCents.contains(cents)) {
            return PaymentOutcome.unknown(payment.key(), "sandbox rule: no answer for ." + String.format("%02d", cents));
        }
        return PaymentOutcome.accepted(payment.key(), batchId);
    }

    private static Set<Integer> cents(SchemeSettings scheme, String key) {
        String value = scheme.settings().getOrDefault(key, "");
        try {
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                    .collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Scheme " + scheme.schemeId() + ": setting " + key + "='" + value
                    + "' must list cents values such as 13,99");
        }
    }
}
