package dev.settle.reconciliation.report;

import java.math.BigDecimal;

/**
 * An amount as a camt file states it: the number of an {@code Amt}-like element and its {@code Ccy} attribute.
 *
 * @param value the number, never negative in a valid file
 * @param currency the ISO 4217 code, or null when the attribute is missing
 */
record CamtAmount(BigDecimal value, String currency) {

    /** The number without trailing zeros, so {@code 100}, {@code 100.0} and {@code 100.00} read alike in keys. */
    String plain() {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
