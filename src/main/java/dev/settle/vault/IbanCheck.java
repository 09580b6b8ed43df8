package dev.settle.vault;

import java.util.Optional;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * IBAN validation (country format and mod-97 check digits) by iban4j, with reasons of our own: iban4j's
 * messages quote the IBAN, which must not reach responses, logs or error reports.
 */
final class IbanCheck {

    private IbanCheck() {
    }

    /** Why {@code iban} (in electronic form) is not a valid IBAN; empty when it is. */
    static Optional<String> problem(String iban) {
        try {
            IbanUtil.validate(iban);
            return Optional.empty();
        } catch (InvalidCheckDigitException e) {
            return Optional.of("the check digits do not match the rest of the IBAN (mod-97)");
        } catch (UnsupportedCountryException e) {
            return Optional.of("the country code is not one of a country using IBANs");
        } catch (IbanFormatException e) {
            return Optional.of(formatProblem(e.getFormatViolation()));
        }
    }

    private static String formatProblem(IbanFormatException.IbanFormatViolation violation) {
        return switch (violation) {
            case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS, COUNTRY_CODE_EXISTS, COUNTRY_CODE_NOT_NULL ->
                    "it must start with the two-letter code of a country using IBANs";
            case CHECK_DIGIT_ONLY_DIGITS, CHECK_DIGIT_TWO_DIGITS -> "the country code must be followed by two check digits";
            case BBAN_LENGTH -> "its length is wrong for its country";
            default -> "the account part does not match its country's format";
        };
    }
}
