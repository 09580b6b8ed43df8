package dev.settle.order;

import java.math.BigDecimal;
import java.util.Currency;

/** Amounts are stored with three decimals for every currency; callers get them in the currency's minor units. */
public final class StoredAmount {

    private StoredAmount() {
    }

    /** The stored amount with the currency's own number of decimals (EUR 2, JPY 0, BHD 3); null stays null. */
    public static BigDecimal of(BigDecimal stored, String currency) {
        return stored == null ? null
                : stored.setScale(Currency.getInstance(currency.trim()).getDefaultFractionDigits());
    }
}
