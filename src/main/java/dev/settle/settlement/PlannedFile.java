package dev.settle.settlement;

import java.math.BigDecimal;

/**
 * A file of one scheme and business date, as planned in the ledger: its id (the file's message id), how many
 * claimed payments it carries and their sum. A file is planned once; its content never changes afterwards.
 */
public record PlannedFile(String batchId, long payments, BigDecimal controlSum) {
}
