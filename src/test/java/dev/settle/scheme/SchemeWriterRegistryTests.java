package dev.settle.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.scheme.sandbox.SandboxSchemeWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemeWriterRegistryTests {

    @Test
    void twoWritersWithOneCodeAreRefused() {
        assertThatThrownBy(() -> new SchemeWriterRegistry(List.of(new SandboxSchemeWriter(), new SandboxSchemeWriter())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two scheme writers have the code 'SANDBOX'");
    }

    @Test
    void unknownWriterTypeNamesTheOnesThereAre() {
        SchemeWriterRegistry registry = new SchemeWriterRegistry(List.of(new SandboxSchemeWriter(), named("ACME_PAY")));

        assertThat(registry.writer("ACME_PAY").code()).isEqualTo("ACME_PAY");
        assertThatThrownBy(() -> registry.writer("SEPA_SCT")).hasMessageContaining("No scheme writer for writer type "
                + "'SEPA_SCT'").hasMessageContaining("[ACME_PAY, SANDBOX]");
    }

    @Test
    void schemesConfiguredForAMissingWriterAreNamed() {
        SchemeWriterRegistry registry = new SchemeWriterRegistry(List.of(new SandboxSchemeWriter()));

        registry.requireWriters(Map.of("SANDBOX-EUR", "SANDBOX"));
        assertThatThrownBy(() -> registry.requireWriters(Map.of("SANDBOX-EUR", "SANDBOX", "PSP-1", "PSP_HTTP")))
                .hasMessageContaining("{PSP-1=PSP_HTTP}");
    }

    private static SchemeWriter named(String code) {
        return new SchemeWriter() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public SubmissionResult submit(SubmissionBatch batch) {
                return SubmissionResult.perPayment(batch.payments().stream()
                        .map(p -> PaymentOutcome.accepted(p.key(), code)).toList());
            }

            @Override
            public Optional<PaymentOutcome> status(SchemeSettings settings, String key) {
                return Optional.empty();
            }
        };
    }
}
