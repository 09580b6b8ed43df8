package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * The schema's limits applied to the values of a file. Free text is cleaned and shortened ({@link SepaText});
 * identifiers, IBANs, BICs and amounts are checked and never altered, because a changed reference or account
 * would misdirect money or break reconciliation.
 */
final class SepaFields {

    static final int NAME_LENGTH = 70;

    static final int REMITTANCE_LENGTH = 140;

    static final int IDENTIFIER_LENGTH = 35;

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    // The intersection of pain.001.001.03's BICIdentifier and pain.001.001.09's BICFIIdentifier patterns.
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

    // Country, check digits, creditor business code, national identifier (EPC262-08, creditor identifier).
    private static final Pattern CREDITOR_ID = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}");

    private SepaFields() {
    }

    /** A name, cleaned to at most 70 characters; fails if nothing is left (the schema requires one). */
    static String name(String what, String value) {
        String cleaned = SepaText.clean(value, NAME_LENGTH);
        if (cleaned.isEmpty()) {
            throw new SepaFileException(what + " '" + value + "' has no character SEPA allows");
        }
        return cleaned;
    }

    /** Remittance text cleaned to at most 140 characters, or {@code null} when there is none left. */
    static String remittance(String value) {
        String cleaned = (value != null) ? SepaText.clean(value, REMITTANCE_LENGTH) : "";
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** An identifier (message, payment information or end-to-end id), returned unchanged if valid. */
    static String identifier(String what, String value) {
        if (value.isBlank() || value.length() > IDENTIFIER_LENGTH || !SepaText.isSepaCharacterSet(value)) {
            throw new SepaFileException(what + " '" + value + "' is not 1 to " + IDENTIFIER_LENGTH
                    + " characters of a-z A-Z 0-9 / - ? : ( ) . , ' + and space");
        }
        return value;
    }

    /** An IBAN in electronic format (no spaces, upper case), returned unchanged if valid. */
    static String iban(String what, String value) {
        try {
            IbanUtil.validate(value);
            return value;
        }
        catch (Iban4jException ex) {
            throw new SepaFileException(what + " IBAN '" + value + "' is invalid: " + ex.getMessage(), ex);
        }
    }

    /** A BIC of 8 or 11 characters, returned unchanged if valid; {@code null} stays {@code null}. */
    static String bic(String what, String value) {
        if (value != null && !BIC.matcher(value).matches()) {
            throw new SepaFileException(what + " BIC '" + value + "' is not a valid 8 or 11 character BIC");
        }
        return value;
    }

    /**
     * A SEPA creditor identifier, returned unchanged if valid: its check digits are ISO 7064 MOD 97-10 over the
     * national identifier followed by the country code, the creditor business code (positions 5 to 7) not
     * counting.
     */
    static String creditorId(String value) {
        if (!CREDITOR_ID.matcher(value).matches() || creditorIdCheckDigits(value) != Integer.parseInt(
                value.substring(2, 4))) {
            throw new SepaFileException("Creditor identifier '" + value
                    + "' is not a valid SEPA creditor identifier (country, check digits, business code, national id)");
        }
        return value;
    }

    private static int creditorIdCheckDigits(String value) {
        String rearranged = value.substring(7) + value.substring(0, 2) + "00";
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            // Letters count as two digits (A = 10 ... Z = 35), as in an IBAN.
            int number = Character.digit(c, 36);
            remainder = (number < 10) ? (remainder * 10 + number) % 97 : (remainder * 100 + number) % 97;
        }
        return 98 - remainder;
    }

    /** A transaction amount: positive, whole cents, at most 999,999,999.99; returned with two decimals. */
    static BigDecimal amount(String what, BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new SepaFileException(what + " amount " + value.toPlainString()
                    + " is not between 0.01 and 999999999.99 in whole cents");
        }
        return value.setScale(2);
    }

    /** An announced control sum: whole cents and no more than 18 digits; returned with two decimals. */
    static BigDecimal controlSum(String what, BigDecimal value) {
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.setScale(2).precision() > 18) {
            throw new SepaFileException(what + " control sum " + value.toPlainString()
                    + " is not a positive amount in whole cents of at most 18 digits");
        }
        return value.setScale(2);
    }

}
