package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The state of the {@code Ntry} being read: its own values (which the schema puts before its details), and its
 * details, walked by {@link CamtNtryDetails}.
 */
final class CamtNtry {

    /** Receives each detail of the entry in file order. */
    interface DetailSink {

        /**
         * @param onlyDetail whether the detail is the entry's only one, so that it may take the entry's amount
         *     and charges
         */
        void accept(CamtNtry entry, CamtDetail detail, boolean onlyDetail);
    }

    private static final String DETAILS = "NtryDtls";

    private final Consumer<String> problems;
    private final CamtBankTransactionCode code = new CamtBankTransactionCode();
    private final CamtCharges charges = new CamtCharges();
    private final CamtNtryDetails details;
    private String entryReference;
    private CamtAmount amount;
    private String creditDebit;
    private boolean reversal;
    private String status;
    private LocalDate bookingDate;
    private LocalDate valueDate;
    private String schemeReference;

    /**
     * @param problems receives what could not be taken from the entry's own elements
     */
    CamtNtry(DetailSink sink, Consumer<String> problems) {
        this.problems = problems;
        this.details = new CamtNtryDetails((detail, onlyDetail) -> sink.accept(this, detail, onlyDetail), problems);
    }

    /** An element of the entry starts; {@code path} is relative to the {@code Ntry}. */
    void start(String path) {
        if (path.equals(DETAILS) || path.startsWith(DETAILS + "/")) {
            details.start(belowDetails(path));
        }
    }

    /**
     * An element of the entry ends.
     *
     * @param path the element's path relative to the {@code Ntry}
     * @param text its trimmed text, empty for elements with children
     * @param currency its {@code Ccy} attribute, or null
     */
    void end(String path, String text, String currency, int line) {
        if (path.equals(DETAILS) || path.startsWith(DETAILS + "/")) {
            details.end(belowDetails(path), text, currency, line);
        } else if (path.startsWith("BkTxCd/")) {
            code.accept(path.substring("BkTxCd/".length()), text);
        } else if (path.startsWith("Chrgs/")) {
            charges.accept(path.substring("Chrgs/".length()), text, "Ntry/" + path, line, problems);
        } else if (!text.isEmpty()) {
            own(path, text, currency, line);
        }
    }

    private void own(String path, String text, String currency, int line) {
        String element = "Ntry/" + path;
        switch (path) {
            case "NtryRef" -> entryReference = text;
            case "Amt" -> amount = CamtValues.amount(text, currency, element, line, problems);
            case "CdtDbtInd" -> creditDebit = text;
            case "RvslInd" -> reversal = Boolean.parseBoolean(text);
            case "Sts", "Sts/Cd", "Sts/Prtry" -> status = text;
            case "BookgDt/Dt", "BookgDt/DtTm" -> bookingDate = CamtValues.date(text, element, line, problems);
            case "ValDt/Dt", "ValDt/DtTm" -> valueDate = CamtValues.date(text, element, line, problems);
            case "AcctSvcrRef" -> schemeReference = text;
            default -> {
                // availability, interest, card and additional information are not needed
            }
        }
    }

    /** The entry ends: hands on its last detail, or itself when it had none. */
    void finish() {
        details.finish();
        if (details.count() > 1 && charges.total() != null && !details.transactionCharges()) {
            problems.accept("charges of " + charges.total().toPlainString() + " on the entry are not attributed to"
                    + " any of its " + details.count() + " details");
        }
    }

    private static String belowDetails(String path) {
        return path.substring(Math.min(path.length(), DETAILS.length() + 1));
    }

    String entryReference() {
        return entryReference;
    }

    CamtAmount amount() {
        return amount;
    }

    String creditDebit() {
        return creditDebit;
    }

    boolean reversal() {
        return reversal;
    }

    String status() {
        return status;
    }

    LocalDate bookingDate() {
        return bookingDate;
    }

    LocalDate valueDate() {
        return valueDate;
    }

    String schemeReference() {
        return schemeReference;
    }

    CamtBankTransactionCode code() {
        return code;
    }

    BigDecimal charges() {
        return charges.total();
    }
}
