package dev.settle.reconciliation.report;

import java.util.function.Consumer;

/**
 * The batch information ({@code NtryDtls/Btch}) of one {@code NtryDtls}: which of our files and blocks a batch
 * booking is for, and how many transactions and how much money the bank says it holds. Any value may be absent.
 */
final class CamtBatch {

    private boolean present;
    private String messageId;
    private String blockId;
    private Long size;
    private CamtAmount total;

    /**
     * Takes one element of the batch information.
     *
     * @param path the element's path below {@code Btch}, empty for {@code Btch} itself
     * @param problems receives numbers that do not parse
     */
    void accept(String path, String text, String currency, int line, Consumer<String> problems) {
        present = true;
        if (text.isEmpty()) {
            return;
        }
        String element = "NtryDtls/Btch/" + path;
        switch (path) {
            case "MsgId" -> messageId = text;
            case "PmtInfId" -> blockId = text;
            case "NbOfTxs" -> size = CamtValues.count(text, element, line, problems);
            case "TtlAmt" -> total = CamtValues.amount(text, currency, element, line, problems);
            default -> {
                // the batch's CdtDbtInd is the entry's
            }
        }
    }

    /** Whether the {@code NtryDtls} had a {@code Btch}. */
    boolean present() {
        return present;
    }

    /** Our message id (the batch id of our file), or null. */
    String messageId() {
        return messageId;
    }

    /** Our PmtInfId, or null. */
    String blockId() {
        return blockId;
    }

    /** The number of transactions in the batch, or null when not given. */
    Long size() {
        return size;
    }

    /** The batch's total, or null when not given. */
    CamtAmount total() {
        return total;
    }
}
