package dev.settle.scheme.sandbox;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeUnavailableException;
import dev.settle.scheme.SchemeWriter;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code SANDBOX}: a scheme that answers by rule, for demos and tests. Rules are scheme settings naming the
 * cents of an amount: {@code sandbox.reject-cents=13,14} rejects (reason {@code AM04}),
 * {@code sandbox.retry-cents} rejects as retryable (reason {@code TECH}), {@code sandbox.pending-cents},
 * {@code sandbox.unknown-cents}; {@code sandbox.unavailable=true} makes every call
 * fail as unreachable. Everything else is accepted. The answer for a key is remembered (the last
 * {@value #REMEMBERED} keys), so a resend of the same key gets the same answer and {@link #status} finds it.
 */
@Component
public class SandboxSchemeWriter implements SchemeWriter {

    public static final String CODE = "SANDBOX";
    static final int REMEMBERED = 100_000;

    private final Map<String, PaymentOutcome> answered = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PaymentOutcome> eldest) {
            return size() > REMEMBERED;
        }
    };

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public SubmissionResult submit(SubmissionBatch batch) throws SchemeUnavailableException {
        SandboxRules rules = SandboxRules.of(batch.scheme());
        if (rules.unavailable()) {
            throw new SchemeUnavailableException("Sandbox scheme " + batch.scheme().schemeId()
                    + " is set to be unavailable (sandbox.unavailable=true)");
        }
        List<Payment> payments = batch.payments();
        List<PaymentOutcome> outcomes = new ArrayList<>(payments.size());
        synchronized (answered) {
            for (Payment payment : payments) {
                outcomes.add(answered.computeIfAbsent(payment.key(), key -> rules.answer(payment, batch.batchId())));
            }
        }
        return SubmissionResult.perPayment(outcomes);
    }

    @Override
    public Optional<PaymentOutcome> status(SchemeSettings settings, String key) throws SchemeUnavailableException {
        if (SandboxRules.of(settings).unavailable()) {
            throw new SchemeUnavailableException("Sandbox scheme " + settings.schemeId() + " is set to be unavailable");
        }
        synchronized (answered) {
            return Optional.ofNullable(answered.get(key));
        }
    }
}
