package dev.settle.scheme.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Müller                        | Mueller
            MÜLLER Jürgen                 | MUELLER Juergen
            Straße Größe                  | Strasse Groesse
            Zoë Brontë-Léger              | Zoe Bronte-Leger
            François Ångström             | Francois Angstroem
            GRÜN Ä Öl ÜBER                | GRUEN Ae Oel UEBER
            Łukasz Øster Æsir             | Lukasz Oster AEsir
            Smith & Sons                  | Smith + Sons
            Café ☕ Crème 🎉 Brûlée        | Cafe Creme Brulee
            Ａｌｉｃｅ ﬁne                    | Alice fine
            Δέλτα Ltd                     | Ltd
            a_b@c#d;e                     | a b c d e
            Ref: 12/34-A? (x). y,z 'q' +1 | Ref: 12/34-A? (x). y,z 'q' +1
            """)
    void reducesTextToTheSepaCharacterSet(String given, String expected) {
        // when
        String cleaned = SepaText.clean(given, 140);

        // then
        assertThat(cleaned).isEqualTo(expected);
        assertThat(SepaText.isSepaCharacterSet(cleaned)).isTrue();
    }

    @Test
    void emojiOnlyTextBecomesEmpty() {
        assertThat(SepaText.clean("😀🎉 👍🏽", 70)).isEmpty();
    }

    @Test
    void cutsA200CharacterRemittanceTo140() {
        // given: umlauts that lengthen the text while it is cleaned
        String remittance = "Rechnung Nr. 4711 für Müller: " + "ä".repeat(200);

        // when
        String cleaned = SepaText.clean(remittance, 140);

        // then
        assertThat(cleaned).hasSize(140).startsWith("Rechnung Nr. 4711 fuer Mueller: aeae").endsWith("ae");
    }

    @Test
    void cutsWithoutLeavingATrailingSpace() {
        // given: a space right at the cut
        String name = "A".repeat(69) + " B";

        // when
        String cleaned = SepaText.clean(name, 70);

        // then
        assertThat(cleaned).isEqualTo("A".repeat(69));
    }

    @Test
    void emojiAtTheCutDoesNotLeaveHalfACharacter() {
        // given: an emoji (two UTF-16 units) straddling position 70
        String name = "B".repeat(69) + "😀" + "C";

        // when
        String cleaned = SepaText.clean(name, 70);

        // then
        assertThat(cleaned).isEqualTo("B".repeat(69));
        assertThat(cleaned.codePoints()).allMatch((codePoint) -> codePoint < 128);
    }

    @Test
    void recognisesIdentifiersOutsideTheCharacterSet() {
        assertThat(SepaText.isSepaCharacterSet("E2E-2026/11/21-0001")).isTrue();
        assertThat(SepaText.isSepaCharacterSet("E2E_0001")).isFalse();
        assertThat(SepaText.isSepaCharacterSet("Müller-1")).isFalse();
    }

}
