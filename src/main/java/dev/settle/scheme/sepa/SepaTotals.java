package dev.settle.scheme.sepa;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks on a file's blocks as a whole, made before anything is written: at least one block, unique block ids,
 * and a header announcing exactly what its blocks announce.
 */
final class SepaTotals {

    private SepaTotals() {
    }

    /** Fails unless there are blocks and their payment information ids are unique. */
    static void blockIds(List<String> paymentInformationIds) {
        if (paymentInformationIds.isEmpty()) {
            throw new SepaFileException("A file needs at least one payment block");
        }
        if (paymentInformationIds.stream().distinct().count() != paymentInformationIds.size()) {
            throw new SepaFileException("Payment information ids must be unique within a file");
        }
    }

    /** Fails unless the header's announced count and (already scaled) control sum equal the blocks' sums. */
    static void headerMatchesBlocks(long headerCount, BigDecimal headerSum, List<Long> blockCounts,
            List<BigDecimal> blockSums) {
        long blocksCount = blockCounts.stream().mapToLong(Long::longValue).sum();
        BigDecimal blocksSum = blockSums.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (blocksCount != headerCount || blocksSum.compareTo(headerSum) != 0) {
            throw new SepaFileException("Header announces " + headerCount + " transactions of "
                    + headerSum.toPlainString() + " but the blocks announce " + blocksCount + " of "
                    + blocksSum.toPlainString());
        }
    }

    /** Fails unless a block announces at least one transaction. */
    static void blockCount(String paymentInformationId, long numberOfTransactions) {
        if (numberOfTransactions < 1) {
            throw new SepaFileException("Block " + paymentInformationId + " announces " + numberOfTransactions
                    + " transactions; a block needs at least one");
        }
    }

}
