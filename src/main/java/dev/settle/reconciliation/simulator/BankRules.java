package dev.settle.reconciliation.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the simulated bank does with one payment, decided by the cents of its amount alone, so a test or a demo
 * chooses an outcome by choosing an amount:
 * <ul>
 * <li>{@code .13}: rejected, {@code AM04} insufficient funds;</li>
 * <li>{@code .14}: rejected, {@code AC04} closed account;</li>
 * <li>{@code .15}: rejected, {@code MD01} no mandate for a direct debit, {@code AC01} incorrect account for a credit
 * transfer;</li>
 * <li>{@code .31}: booked, then returned: {@code AC04} for a credit transfer, {@code MD06} (refund requested by the
 * debtor) for a direct debit;</li>
 * <li>{@code .32}: booked, then returned, {@code AM04};</li>
 * <li>any other amount: accepted and booked.</li>
 * </ul>
 */
public final class BankRules {

    /** The rules for the CLI's help, one per line ({@code %n}, which picocli's help turns into new lines). */
    public static final String SUMMARY = "Each payment's outcome is decided by the cents of its amount:%n"
            + "  .13  rejected AM04 (insufficient funds)%n"
            + "  .14  rejected AC04 (closed account)%n"
            + "  .15  rejected MD01 (no mandate), for a transfer AC01 (incorrect account)%n"
            + "  .31  booked, then returned AC04 (closed account), for a direct debit%n"
            + "       MD06 (refund requested by the debtor)%n"
            + "  .32  booked, then returned AM04 (insufficient funds)%n"
            + "  any other amount: accepted and booked";

    private static final Outcome ACCEPTED = new Outcome(Kind.ACCEPTED, null, null);

    private BankRules() {
    }

    /** What the bank does with a payment of {@code amount}; {@code directDebit} for a collection. */
    public static Outcome outcome(BigDecimal amount, boolean directDebit) {
        return switch (cents(amount)) {
            case 13 -> rejected("AM04", "Insufficient funds", 13);
            case 14 -> rejected("AC04", "Closed account number", 14);
            case 15 -> directDebit ? rejected("MD01", "No mandate", 15)
                    : rejected("AC01", "Incorrect account number", 15);
            case 31 -> directDebit ? returned("MD06", "Refund requested by the debtor", 31)
                    : returned("AC04", "Closed account number", 31);
            case 32 -> returned("AM04", "Insufficient funds", 32);
            default -> ACCEPTED;
        };
    }

    /** The two digits after the decimal point; digits beyond the cents are ignored. */
    static int cents(BigDecimal amount) {
        return amount.abs().setScale(2, RoundingMode.DOWN).remainder(BigDecimal.ONE).movePointRight(2).intValue();
    }

    private static Outcome rejected(String code, String text, int cents) {
        return new Outcome(Kind.REJECTED, code, text + " (simulated bank: amount ending in ." + cents + ")");
    }

    private static Outcome returned(String code, String text, int cents) {
        return new Outcome(Kind.RETURNED, code, text + " (simulated bank: amount ending in ." + cents + ")");
    }

    /** What happens to a payment. */
    public enum Kind {
        /** Accepted and booked. */
        ACCEPTED,
        /** Refused before booking: listed in the status report, never booked. */
        REJECTED,
        /** Accepted and booked, then returned: booked with its block, then booked back on its own. */
        RETURNED
    }

    /**
     * One payment's fate.
     *
     * @param kind what happens
     * @param reasonCode the ISO reason code of a rejection or return, else null
     * @param reasonText what the reports say about the reason (at most 105 characters), else null
     */
    public record Outcome(Kind kind, String reasonCode, String reasonText) {
    }
}
