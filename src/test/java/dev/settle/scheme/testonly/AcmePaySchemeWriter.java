package dev.settle.scheme.testonly;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeWriter;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A third party's scheme, {@code ACME_PAY}, plugged in as nothing but a bean: a PSP that accepts every payment
 * under its own reference, except amounts ending in .66, which it refuses as a closed account.
 */
@Component
public class AcmePaySchemeWriter implements SchemeWriter {

    public static final String CODE = "ACME_PAY";

    private final Map<String, PaymentOutcome> answered = new ConcurrentHashMap<>();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public SubmissionResult submit(SubmissionBatch batch) {
        List<PaymentOutcome> outcomes = batch.payments().stream()
                .map(payment -> answered.computeIfAbsent(payment.key(), key -> answer(payment))).toList();
        return SubmissionResult.perPayment(outcomes);
    }

    @Override
    public Optional<PaymentOutcome> status(SchemeSettings settings, String key) {
        return Optional.ofNullable(answered.get(key));
    }

    private static PaymentOutcome answer(Payment payment) {
        if (payment.amount().remainder(java.math.BigDecimal.ONE).movePointRight(2).intValue() == 66) {
            return PaymentOutcome.rejected(payment.key(), "AC04", "Account closed");
        }
        return PaymentOutcome.accepted(payment.key(), "acme-" + payment.key());
    }
}
