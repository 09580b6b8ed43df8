package dev.settle.reconciliation.simulator;

import java.math.BigDecimal;

/**
 * The tallies of one block after the first pass: what the status report's block status and the notification's
 * batch booking announce before their payments are streamed. Amounts are in the block's one currency.
 */
final class BlockSummary {

    private final PainVisitor.Block block;

    private final String currency;

    private long accepted;

    private BigDecimal acceptedSum = BigDecimal.ZERO;

    private long rejected;

    private BigDecimal rejectedSum = BigDecimal.ZERO;

    private long returned;

    BlockSummary(PainVisitor.Block block, String currency) {
        this.block = block;
        this.currency = currency;
    }

    void add(BigDecimal amount, BankRules.Kind kind) {
        if (kind == BankRules.Kind.REJECTED) {
            rejected++;
            rejectedSum = rejectedSum.add(amount);
            return;
        }
        accepted++;
        acceptedSum = acceptedSum.add(amount);
        if (kind == BankRules.Kind.RETURNED) {
            returned++;
        }
    }

    PainVisitor.Block block() {
        return block;
    }

    /** The currency of every payment of the block, or null for a block without payments. */
    String currency() {
        return currency;
    }

    /** Payments accepted and booked, those returned afterwards included. */
    long accepted() {
        return accepted;
    }

    BigDecimal acceptedSum() {
        return acceptedSum;
    }

    long rejected() {
        return rejected;
    }

    BigDecimal rejectedSum() {
        return rejectedSum;
    }

    /** Payments booked, then returned. */
    long returned() {
        return returned;
    }
}
