package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Sums the charges of one {@code Ntry} or {@code TxDtls}: every {@code Chrgs/Amt} (version 02, where
 * {@code Chrgs} repeats) and every {@code Chrgs/Rcrd/Amt} (version 04 and later). {@code TtlChrgsAndTaxAmt}
 * counts only when no single charge is itemised, so a bank that sends the total beside its items is not counted
 * twice. Amounts are taken as charged whatever their {@code CdtDbtInd} and currency.
 */
final class CamtCharges {

    private BigDecimal items;
    private BigDecimal totals;

    /**
     * Takes one element found under {@code Chrgs}.
     *
     * @param path the element's path below {@code Chrgs}, such as {@code Rcrd/Amt}
     * @param element the element's full name, for problems
     */
    void accept(String path, String text, String element, int line, Consumer<String> problems) {
        switch (path) {
            case "Amt", "Rcrd/Amt" -> items = add(items, CamtValues.decimal(text, element, line, problems));
            case "TtlChrgsAndTaxAmt" -> totals = add(totals, CamtValues.decimal(text, element, line, problems));
            default -> {
                // type, bearer, rate, tax and agent are not needed
            }
        }
    }

    /** The sum of the itemised charges, else of the totals, or null when no charge was given. */
    BigDecimal total() {
        return items != null ? items : totals;
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value.abs() : sum.add(value.abs());
    }
}
