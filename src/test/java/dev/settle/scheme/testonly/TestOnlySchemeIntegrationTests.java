package dev.settle.scheme.testonly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeWriterRegistry;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import dev.settle.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A third party's scheme is one bean in its own package: the application finds it without any other change. */
@PostgresIntegrationTest
class TestOnlySchemeIntegrationTests {

    @Autowired
    SchemeWriterRegistry registry;

    @Test
    void aSchemeAddedAsABeanIsFoundBesideTheShippedOnes() throws Exception {
        SchemeSettings scheme = new SchemeSettings(UUID.randomUUID(), "ACME-1", "ACME_PAY", Map.of());

        SubmissionResult result = registry.writer("ACME_PAY").submit(SubmissionBatch.of(scheme, "batch-1",
                List.of(new Payment("E2E-1", "I-1", "CREDIT", new BigDecimal("12.50"), "EUR", LocalDate.of(2031, 3, 17),
                        new Payment.Counterparty("Jane", null, null, null, null, null, "tok_1"), null))));

        assertThat(registry.codes()).contains("ACME_PAY", "SANDBOX");
        assertThat(result).isEqualTo(SubmissionResult.perPayment(List.of(PaymentOutcome.accepted("E2E-1",
                "acme-E2E-1"))));
    }
}
