package dev.settle.scheme.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.PaymentOutcome.Status;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeUnavailableException;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxSchemeWriterTests {

    private final SandboxSchemeWriter writer = new SandboxSchemeWriter();
    private final SchemeSettings scheme = new SchemeSettings(UUID.randomUUID(), "SANDBOX-EUR", "SANDBOX",
            Map.of("sandbox.reject-cents", "13", "sandbox.retry-cents", "42", "sandbox.pending-cents", "77",
                    "sandbox.unknown-cents", "99, 98"));

    @Test
    void answersByTheRulesOfTheScheme() throws Exception {
        List<PaymentOutcome> outcomes = outcomes(batch("B1", payment("K1", "10.00"), payment("K2", "10.13"),
                payment("K3", "5.77"), payment("K4", "1.99"), payment("K5", "1.98"), payment("K6", "3.42")));

        assertThat(outcomes).extracting(PaymentOutcome::key, PaymentOutcome::status, PaymentOutcome::retryable)
                .containsExactly(Tuple.tuple("K1", Status.ACCEPTED, false), Tuple.tuple("K2", Status.REJECTED, false),
                        Tuple.tuple("K3", Status.PENDING, false), Tuple.tuple("K4", Status.UNKNOWN, false),
                        Tuple.tuple("K5", Status.UNKNOWN, false), Tuple.tuple("K6", Status.REJECTED, true));
        assertThat(outcomes.get(1).reasonCode()).isEqualTo("AM04");
        assertThat(outcomes.get(5).reasonCode()).isEqualTo("TECH");
        assertThat(outcomes.get(0).schemeReference()).isEqualTo("B1");
    }

    @Test
    void aResentKeyGetsItsFirstAnswerAndStatusFindsIt() throws Exception {
        PaymentOutcome first = outcomes(batch("B1", payment("SAME", "10.13"))).get(0);

        PaymentOutcome resent = outcomes(batch("B2", payment("SAME", "10.00"))).get(0);

        assertThat(resent).isEqualTo(first);
        assertThat(writer.status(scheme, "SAME")).contains(first);
        assertThat(writer.status(scheme, "NEVER-SENT")).isEmpty();
    }

    @Test
    void unavailableSchemeThrowsTheRetryableException() {
        SchemeSettings down = new SchemeSettings(UUID.randomUUID(), "DOWN", "SANDBOX", Map.of("sandbox.unavailable", "true"));

        assertThatThrownBy(() -> writer.submit(SubmissionBatch.of(down, "B", List.of(payment("K", "1.00")))))
                .isInstanceOf(SchemeUnavailableException.class).hasMessageContaining("DOWN");
        assertThatThrownBy(() -> writer.status(down, "K")).isInstanceOf(SchemeUnavailableException.class);
    }

    @Test
    void badRuleSettingNamesTheSchemeAndSetting() {
        SchemeSettings bad = new SchemeSettings(UUID.randomUUID(), "BAD", "SANDBOX", Map.of("sandbox.reject-cents", "thirteen"));

        assertThatThrownBy(() -> writer.submit(SubmissionBatch.of(bad, "B", List.of(payment("K", "1.00")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BAD")
                .hasMessageContaining("sandbox.reject-cents");
    }

    private SubmissionBatch batch(String batchId, Payment... payments) {
        return SubmissionBatch.of(scheme, batchId, List.of(payments));
    }

    private List<PaymentOutcome> outcomes(SubmissionBatch batch) throws SchemeUnavailableException {
        return ((SubmissionResult.PerPayment) writer.submit(batch)).outcomes();
    }

    private static Payment payment(String key, String amount) {
        return new Payment(key, "I-" + key, "CREDIT", new BigDecimal(amount), "EUR", LocalDate.of(2031, 3, 17),
                new Payment.Counterparty("Jane", "DE89370400440532013000", null, null, null, null, null), null);
    }
}
