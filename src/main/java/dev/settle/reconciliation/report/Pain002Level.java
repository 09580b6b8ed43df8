package dev.settle.reconciliation.report;

import java.util.Set;

import dev.settle.reconciliation.report.ReportEntry.Scope;

/**
 * One status level of a pain.002 while its element is open: the group ({@code OrgnlGrpInfAndSts}), a payment
 * information block ({@code OrgnlPmtInfAndSts}) or a transaction ({@code TxInfAndSts}). It takes the texts of the
 * few child elements the reader needs, named by their path below the level's element, which is the same in
 * pain.002.001.03 and .10. One instance per level is reused, so a file of any size needs three.
 */
final class Pain002Level {

    /** Longest text kept from one element or from all additional information of a level, in characters. */
    static final int MAX_TEXT = 1024;

    private static final Set<String> SHARED = Set.of("StsRsnInf/Rsn/Cd", "StsRsnInf/Rsn/Prtry", "StsRsnInf/AddtlInf");

    private static final Set<String> TRANSACTION = Set.of("AcctSvcrRef", "StsId", "OrgnlTxRef/Amt/InstdAmt",
            "OrgnlTxRef/ReqdColltnDt", "OrgnlTxRef/ReqdExctnDt", "OrgnlTxRef/ReqdExctnDt/Dt",
            "OrgnlTxRef/ReqdExctnDt/DtTm");

    final Scope scope;

    final String element;

    final String idElement;

    final String statusElement;

    int depth;

    int line;

    String id;

    String status;

    String reasonCode;

    boolean proprietaryReason;

    final StringBuilder additionalInformation = new StringBuilder();

    String accountServicerReference;

    String statusId;

    String amount;

    String currency;

    String requestedDate;

    Pain002Level(Scope scope, String element, String idElement, String statusElement) {
        this.scope = scope;
        this.element = element;
        this.idElement = idElement;
        this.statusElement = statusElement;
    }

    /** Starts the level afresh for an element opened at {@code depth} on {@code line}. */
    void open(int depth, int line) {
        this.depth = depth;
        this.line = line;
        this.id = this.status = this.reasonCode = this.accountServicerReference = this.statusId = null;
        this.amount = this.currency = this.requestedDate = null;
        this.proprietaryReason = false;
        this.additionalInformation.setLength(0);
    }

    void close() {
        this.depth = 0;
    }

    /** Whether the level's element is the one open at {@code depth}. */
    boolean isOpenAt(int depth) {
        return this.depth != 0 && this.depth == depth;
    }

    boolean isOpen() {
        return this.depth != 0;
    }

    /** Whether the reader needs the text of the element at {@code path} below this level's element. */
    boolean wants(String path) {
        return path.equals(this.idElement) || path.equals(this.statusElement) || SHARED.contains(path)
                || (this.scope == Scope.PAYMENT && TRANSACTION.contains(path));
    }

    /** Takes the text of the element at {@code path}; blank texts say nothing and are ignored. */
    void take(String path, String text) {
        if (text.isBlank()) {
            return;
        }
        switch (path) {
            // several StsRsnInf may each carry a code: the first one is the status's reason
            case "StsRsnInf/Rsn/Cd", "StsRsnInf/Rsn/Prtry" -> {
                if (this.reasonCode == null) {
                    this.reasonCode = text;
                    this.proprietaryReason = path.endsWith("Prtry");
                }
            }
            case "StsRsnInf/AddtlInf" -> appendAdditionalInformation(text);
            case "AcctSvcrRef" -> this.accountServicerReference = text;
            case "StsId" -> this.statusId = text;
            case "OrgnlTxRef/Amt/InstdAmt" -> this.amount = text;
            case "OrgnlTxRef/ReqdColltnDt", "OrgnlTxRef/ReqdExctnDt", "OrgnlTxRef/ReqdExctnDt/Dt",
                    "OrgnlTxRef/ReqdExctnDt/DtTm" -> this.requestedDate = text;
            default -> {
                if (path.equals(this.idElement)) {
                    this.id = text;
                }
                else if (path.equals(this.statusElement)) {
                    this.status = text;
                }
            }
        }
    }

    private void appendAdditionalInformation(String text) {
        if (this.additionalInformation.length() >= MAX_TEXT) {
            return;
        }
        if (this.additionalInformation.length() > 0) {
            this.additionalInformation.append(' ');
        }
        int room = MAX_TEXT - this.additionalInformation.length();
        this.additionalInformation.append(text, 0, Math.min(text.length(), room));
    }
}
