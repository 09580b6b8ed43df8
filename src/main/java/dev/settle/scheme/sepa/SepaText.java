package dev.settle.scheme.sepa;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reduces free text (names, remittance information) to the SEPA basic Latin character set:
 * {@code a-z A-Z 0-9 / - ? : ( ) . , ' +} and space, which every SEPA bank must accept.
 * <p>
 * German umlauts become two letters ({@code Müller} → {@code Mueller}, {@code MÜLLER} → {@code MUELLER},
 * {@code ß} → {@code ss}), the spelling German banks and account holders use themselves, so a creditor's name
 * stays recognisable to the receiving bank's name check; this applies to every {@code ä ö ü}, also in non-German
 * names ({@code Ångström} → {@code Angstroem}). Other accented Latin letters lose their accent ({@code é} →
 * {@code e}), compatibility forms become their plain letters ({@code ﬁ} → {@code fi}), a few letters without a
 * decomposition get their usual spelling ({@code æ} → {@code ae}, {@code ø} → {@code o}), {@code &} becomes
 * {@code +}, and anything else (symbols, emoji, other scripts) becomes a space. Runs of spaces collapse to one and
 * the result is trimmed, so a value can come out empty.
 */
final class SepaText {

    private static final Map<Integer, String> SPELLED_OUT = Map.ofEntries(
            Map.entry((int) 'ä', "ae"), Map.entry((int) 'ö', "oe"), Map.entry((int) 'ü', "ue"),
            Map.entry((int) 'Ä', "Ae"), Map.entry((int) 'Ö', "Oe"), Map.entry((int) 'Ü', "Ue"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "TH"),
            Map.entry((int) 'ı', "i"), Map.entry((int) '&', "+"));

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern OUTSIDE_CHARACTER_SET = Pattern.compile("[^a-zA-Z0-9/\\-?:().,'+ ]");

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private SepaText() {
    }

    /**
     * The value in the SEPA character set, cut to at most {@code maxLength} characters (trailing space removed).
     * Every character of the result is a single ASCII character, so cutting never splits one.
     */
    static String clean(String value, int maxLength) {
        String spelled = spellOut(value);
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD))
            .replaceAll("");
        String basic = OUTSIDE_CHARACTER_SET.matcher(withoutAccents).replaceAll(" ");
        String collapsed = SPACES.matcher(basic).replaceAll(" ").strip();
        return (collapsed.length() <= maxLength) ? collapsed : collapsed.substring(0, maxLength).stripTrailing();
    }

    /** Whether the value only uses the SEPA character set (an identifier is checked, never rewritten). */
    static boolean isSepaCharacterSet(String value) {
        return !OUTSIDE_CHARACTER_SET.matcher(value).find();
    }

    private static String spellOut(String value) {
        int[] codePoints = value.codePoints().toArray();
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < codePoints.length; i++) {
            String replacement = SPELLED_OUT.get(codePoints[i]);
            if (replacement == null) {
                out.appendCodePoint(codePoints[i]);
            }
            else {
                out.append(inCapitals(codePoints, i) ? replacement.toUpperCase(Locale.ROOT) : replacement);
            }
        }
        return out.toString();
    }

    // "MÜLLER" should become "MUELLER", not "MUeLLER": a capital in a word of capitals is spelled in capitals.
    private static boolean inCapitals(int[] codePoints, int index) {
        if (!Character.isUpperCase(codePoints[index])) {
            return false;
        }
        int next = (index + 1 < codePoints.length) ? codePoints[index + 1] : ' ';
        int previous = (index > 0) ? codePoints[index - 1] : ' ';
        return Character.isLetter(next) ? Character.isUpperCase(next) : Character.isUpperCase(previous);
    }

}
