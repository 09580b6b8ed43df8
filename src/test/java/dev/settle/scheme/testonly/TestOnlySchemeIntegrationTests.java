package dev.settle.scheme.testonly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.scheme.Payment;
import dev.settle.scheme.PaymentOutcome;
import dev.settle.scheme.SchemeSettings;
import dev.settle.scheme.SchemeWriter;
import dev.settle.scheme.SchemeWriterRegistry;
import dev.settle.scheme.SubmissionBatch;
import dev.settle.scheme.SubmissionResult;
import java.util.UUID;
import dev.settle.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A third party's scheme is one bean: the application finds it without any other change. */
@PostgresIntegrationTest
@Import(TestOnlySchemeIntegrationTests.ThirdPartyScheme.class)
class TestOnlySchemeIntegrationTests {

    @Autowired
    SchemeWriterRegistry registry;

    @Test
    void aSchemeAddedAsABeanIsFoundBesideTheShippedOnes() throws Exception {
        SchemeWriter writer = registry.writer("ACME_PAY");
        SchemeSettings scheme = new SchemeSettings(UUID.randomUUID(), "ACME-1", "ACME_PAY", Map.of());

        SubmissionResult result = writer.submit(SubmissionBatch.of(scheme, "batch-1", List.of(new Payment("E2E-1",
                "I-1", "CREDIT", new BigDecimal("12.50"), "EUR", LocalDate.of(2031, 3, 17),
                new Payment.Counterparty("Jane", null, null, null, null, null, "tok_1"), null))));

        assertThat(registry.codes()).contains("ACME_PAY", "SANDBOX");
        assertThat(result).isEqualTo(SubmissionResult.perPayment(List.of(PaymentOutcome.accepted("E2E-1",
                "acme-E2E-1"))));
    }

    @TestConfiguration
    static class ThirdPartyScheme {
        @Bean
        SchemeWriter acmePay() {
            return new SchemeWriter() {
                @Override
                public String code() {
                    return "ACME_PAY";
                }

                @Override
                public SubmissionResult submit(SubmissionBatch batch) {
                    return SubmissionResult.perPayment(batch.payments().stream()
                            .map(p -> PaymentOutcome.accepted(p.key(), "acme-" + p.key())).toList());
                }

                @Override
                public Optional<PaymentOutcome> status(SchemeSettings settings, String key) {
                    return Optional.empty();
                }
            };
        }
    }
}
