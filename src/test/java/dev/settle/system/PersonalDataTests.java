package dev.settle.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void keepsOnlyTheLastFourCharacters() {
        assertThat(PersonalData.mask("DE89370400440532013000")).isEqualTo("****3000");
        assertThat(PersonalData.mask("tok_1234567890abcd")).isEqualTo("****abcd");
    }

    @Test
    void masksShortValuesEntirely() {
        assertThat(PersonalData.mask("1234567")).isEqualTo("****");
        assertThat(PersonalData.mask("12")).isEqualTo("****");
        assertThat(PersonalData.mask("12345678")).isEqualTo("****5678");
    }

    @Test
    void leavesNullAndEmptyAsTheyAre() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Test
    void accountNumbersKeepTheirFirstAndLastFourCharacters() {
        assertThat(PersonalData.maskAccount("DE89370400440532013000")).isEqualTo("DE89********3000");
        assertThat(PersonalData.maskAccount("DE89 3704 0044 0532 0130 00")).isEqualTo("DE89********3000");
        assertThat(PersonalData.maskAccount("12345678901")).isEqualTo("****8901");
        assertThat(PersonalData.maskAccount(null)).isNull();
    }

    @Test
    void namesAreAbbreviatedToInitials() {
        assertThat(PersonalData.abbreviateName("Anna  Schmidt")).isEqualTo("A. S.");
        assertThat(PersonalData.abbreviateName("Élodie")).isEqualTo("É.");
        assertThat(PersonalData.abbreviateName(null)).isNull();
    }
}
