package dev.settle.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FinancialInstrumentRequestTests {

    static final UUID ID = UUID.randomUUID();
    static final UUID TENANT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    static FinancialInstrumentRequest request(String type, String canCredit, String canDebit) {
        return new FinancialInstrumentRequest(" cust-1 ", type, "Ada", "de89 3704 0044 0532 0130 00", "cobadeffxxx",
                "M-1", "2026-11-01", "pm_1234567890", canCredit, canDebit);
    }

    @Test
    void bankAccountCreditsButDoesNotDebitByDefault() {
        FinancialInstrument instrument = request("BANK_ACCOUNT", null, null).toInstrument(ID, TENANT, NOW);

        assertThat(instrument.canCredit()).isTrue();
        assertThat(instrument.canDebit()).isFalse();
        assertThat(instrument.sequenceType()).isNull();
    }

    @Test
    void sepaMandateDebitsButDoesNotCreditByDefaultAndStartsAtFirstCollection() {
        FinancialInstrument instrument = request("sepa_mandate", "", " ").toInstrument(ID, TENANT, NOW);

        assertThat(instrument.type()).isEqualTo(InstrumentType.SEPA_MANDATE);
        assertThat(instrument.canCredit()).isFalse();
        assertThat(instrument.canDebit()).isTrue();
        assertThat(instrument.sequenceType()).isEqualTo(SequenceType.FRST);
        assertThat(instrument.mandateSignedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void pspTokenDoesBothByDefault() {
        FinancialInstrument instrument = request("PSP_TOKEN", null, null).toInstrument(ID, TENANT, NOW);

        assertThat(instrument.canCredit()).isTrue();
        assertThat(instrument.canDebit()).isTrue();
    }

    @Test
    void givenFlagsOverrideTheDefaults() {
        FinancialInstrument instrument = request("BANK_ACCOUNT", "FALSE", "true").toInstrument(ID, TENANT, NOW);

        assertThat(instrument.canCredit()).isFalse();
        assertThat(instrument.canDebit()).isTrue();
    }

    @Test
    void storesNormalisedValuesAndStartsActive() {
        FinancialInstrument instrument = request("BANK_ACCOUNT", null, null).toInstrument(ID, TENANT, NOW);

        assertThat(instrument.customerRef()).isEqualTo("cust-1");
        assertThat(instrument.iban()).isEqualTo("DE89370400440532013000");
        assertThat(instrument.bic()).isEqualTo("COBADEFFXXX");
        assertThat(instrument.status()).isEqualTo(InstrumentStatus.ACTIVE);
        assertThat(instrument.createdAt()).isEqualTo(NOW);
        assertThat(instrument.lastUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesToBuildFromAnInvalidRequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> request("CARD", null, null).toInstrument(ID, TENANT, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> request("PSP_TOKEN", "yes", null).toInstrument(ID, TENANT, NOW));
    }

    @Test
    void toStringMasksIbanAndToken() {
        FinancialInstrumentRequest request = request("BANK_ACCOUNT", null, null);
        FinancialInstrument instrument = request.toInstrument(ID, TENANT, NOW);

        assertThat(request.toString()).contains("iban=****3000", "pspToken=****7890").doesNotContain("0532");
        assertThat(instrument.toString()).contains("iban=****3000", "pspToken=****7890")
                .doesNotContain("DE89370400440532013000", "pm_1234567890");
    }
}
