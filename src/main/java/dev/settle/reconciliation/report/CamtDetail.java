package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one detail of an {@code Ntry} that becomes one {@link ReportEntry}: a {@code TxDtls}, a
 * {@code Btch} reported without transactions, or the {@code Ntry} itself when it has neither. Holds only that
 * detail's few values, so a batch entry of any size is read in constant memory.
 */
final class CamtDetail {

    /** What the detail stands for. */
    enum Kind {
        /** A {@code TxDtls}: one payment. */
        TRANSACTION,
        /** A {@code Btch} without {@code TxDtls}: one block of our file booked at once. */
        BATCH,
        /** An {@code Ntry} without details: whatever the entry itself says. */
        ENTRY
    }

    /** The end-to-end id SEPA payers use when they give none. */
    static final String NOT_PROVIDED = "NOTPROVIDED";

    private final Kind kind;
    private final int index;
    private final CamtBatch batch;
    private final CamtBankTransactionCode code = new CamtBankTransactionCode();
    private final CamtCharges charges = new CamtCharges();
    private final CamtReturnInformation returnInformation = new CamtReturnInformation();
    private final List<String> problems = new ArrayList<>(0);
    private String messageId;
    private String blockId;
    private String endToEndId;
    private String schemeReference;
    private CamtAmount transactionAmount;
    private CamtAmount instructedAmount;
    private CamtAmount amount;
    private boolean reversal;

    /**
     * @param index the detail's 1-based place among the details of its {@code Ntry}
     */
    CamtDetail(Kind kind, int index, CamtBatch batch) {
        this.kind = kind;
        this.index = index;
        this.batch = batch;
    }

    /**
     * Takes one element of a {@code TxDtls}.
     *
     * @param path the element's path below {@code TxDtls}, such as {@code Refs/EndToEndId}
     * @param text the element's trimmed text, empty for elements with children
     * @param currency the element's {@code Ccy} attribute, or null
     */
    void accept(String path, String text, String currency, int line) {
        String element = "TxDtls/" + path;
        if (path.startsWith("BkTxCd/")) {
            code.accept(path.substring("BkTxCd/".length()), text);
        } else if (path.startsWith("Chrgs/")) {
            charges.accept(path.substring("Chrgs/".length()), text, element, line, problems::add);
        } else if (path.equals("RtrInf") || path.startsWith("RtrInf/")) {
            returnInformation.accept(path.substring(Math.min(path.length(), "RtrInf/".length())), text);
        } else if (!text.isEmpty()) {
            switch (path) {
                case "Refs/MsgId" -> messageId = text;
                case "Refs/PmtInfId" -> blockId = text;
                case "Refs/EndToEndId" -> endToEndId = text;
                case "Refs/AcctSvcrRef" -> schemeReference = text;
                case "AmtDtls/TxAmt/Amt" -> transactionAmount = amount(text, currency, element, line);
                case "AmtDtls/InstdAmt/Amt" -> instructedAmount = amount(text, currency, element, line);
                case "Amt" -> amount = amount(text, currency, element, line);
                // not in any version's schema, but taken when a bank puts it there
                case "RvslInd" -> reversal = Boolean.parseBoolean(text);
                default -> {
                    // parties, remittance information, related dates and the rest are not needed
                }
            }
        }
    }

    private CamtAmount amount(String text, String currency, String element, int line) {
        return CamtValues.amount(text, currency, element, line, problems::add);
    }

    Kind kind() {
        return kind;
    }

    int index() {
        return index;
    }

    CamtBatch batch() {
        return batch;
    }

    CamtBankTransactionCode code() {
        return code;
    }

    /** Our message id: the transaction's own reference, else its batch's. */
    String messageId() {
        return messageId != null ? messageId : batch.messageId();
    }

    /** Our PmtInfId: the transaction's own reference, else its batch's. */
    String blockId() {
        return blockId != null ? blockId : batch.blockId();
    }

    /** The end-to-end id, or null when none was given or it is {@code NOTPROVIDED}, which names no payment. */
    String endToEndId() {
        return NOT_PROVIDED.equals(endToEndId) ? null : endToEndId;
    }

    /** What tells this detail from the others of its entry: end-to-end id, else bank reference, else place. */
    String identity() {
        if (endToEndId() != null) {
            return endToEndId();
        }
        return schemeReference != null ? schemeReference : String.valueOf(index);
    }

    String schemeReference() {
        return schemeReference;
    }

    /** The transaction's amount: {@code AmtDtls/TxAmt}, else {@code AmtDtls/InstdAmt}, else {@code Amt}. */
    CamtAmount amount() {
        if (transactionAmount != null) {
            return transactionAmount;
        }
        return instructedAmount != null ? instructedAmount : amount;
    }

    BigDecimal charges() {
        return charges.total();
    }

    CamtReturnInformation returnInformation() {
        return returnInformation;
    }

    boolean reversal() {
        return reversal;
    }

    /** What could not be taken from this detail, reported once its entry has a position. */
    List<String> problems() {
        return problems;
    }
}
