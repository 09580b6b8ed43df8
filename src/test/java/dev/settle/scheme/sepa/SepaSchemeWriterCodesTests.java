package dev.settle.scheme.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SepaSchemeWriterCodesTests {

    final SepaProperties properties = new SepaProperties(Path.of("outbox"));

    @Test
    void theSepaWritersHaveTheWriterTypesSchemesAreConfiguredWith() {
        assertThat(new SepaCreditTransferSchemeWriter(this.properties, SepaSchemeBatches.CLOCK).code())
            .isEqualTo("SEPA_SCT");
        assertThat(new SepaDirectDebitSchemeWriter(this.properties, SepaSchemeBatches.CLOCK).code())
            .isEqualTo("SEPA_SDD_CORE");
    }

}
