package dev.settle.scheme.sepa;

import java.math.BigDecimal;

/**
 * The running count and sum of one block's streamed transactions, checked against what the block announced.
 * Only these two numbers are kept, whatever the size of the block.
 */
final class BlockTally {

    private final String blockId;

    private final long announcedCount;

    private final BigDecimal announcedSum;

    private long count;

    private BigDecimal sum = BigDecimal.ZERO;

    BlockTally(String blockId, long announcedCount, BigDecimal announcedSum) {
        this.blockId = blockId;
        this.announcedCount = announcedCount;
        this.announcedSum = announcedSum;
    }

    /** The position, from one, the next transaction will have. */
    long nextPosition() {
        return this.count + 1;
    }

    /** Counts one transaction; fails at the first surplus instead of streaming the rest of an oversized block. */
    void add(BigDecimal amount) {
        this.count++;
        if (this.count > this.announcedCount) {
            throw mismatch("more than " + this.announcedCount + " transactions");
        }
        this.sum = this.sum.add(amount);
    }

    /** Fails unless the transactions counted add up to the announced count and control sum. */
    void finish() {
        if (this.count != this.announcedCount) {
            throw mismatch(this.count + " transactions instead of " + this.announcedCount);
        }
        if (this.sum.compareTo(this.announcedSum) != 0) {
            throw mismatch("a sum of " + this.sum.toPlainString() + " instead of the control sum "
                    + this.announcedSum.toPlainString());
        }
    }

    private SepaFileException mismatch(String streamed) {
        return new SepaFileException("Block " + this.blockId + " streamed " + streamed + " announced");
    }

}
