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
}
