package dev.settle.reconciliation.report;

import java.util.Set;

/**
 * The bank transaction code ({@code BkTxCd}) of an {@code Ntry} or {@code TxDtls}: the ISO domain, family and
 * sub-family, and the bank's proprietary code.
 */
final class CamtBankTransactionCode {

    /**
     * ISO sub-family codes that book a payment coming back: {@code RRTN} reversal due to payment return and
     * {@code RPCR} reversal due to payment cancellation request (credit transfers); {@code UPDD} reversal due to
     * return or unpaid direct debit, {@code PRDD} reversal due to payment reversal and {@code RCDD} reversal due to
     * payment cancellation request (direct debits); {@code ARET} and {@code AREV}, ACH return and reversal.
     */
    static final Set<String> RETURN_SUB_FAMILIES = Set.of("RRTN", "RPCR", "UPDD", "PRDD", "RCDD", "ARET", "AREV");

    private String domain;
    private String family;
    private String subFamily;
    private String proprietary;

    /**
     * Takes one element found under {@code BkTxCd}.
     *
     * @param path the element's path below {@code BkTxCd}, such as {@code Domn/Fmly/SubFmlyCd}
     */
    void accept(String path, String text) {
        switch (path) {
            case "Domn/Cd" -> domain = text;
            case "Domn/Fmly/Cd" -> family = text;
            case "Domn/Fmly/SubFmlyCd" -> subFamily = text;
            case "Prtry/Cd" -> proprietary = text;
            default -> {
                // Prtry/Issr is not needed
            }
        }
    }

    /** Whether the ISO sub-family says the booking is a return or reversal of an earlier payment. */
    boolean isReturn() {
        return subFamily != null && RETURN_SUB_FAMILIES.contains(subFamily);
    }

    @Override
    public String toString() {
        return domain + "/" + family + "/" + subFamily + (proprietary == null ? "" : " " + proprietary);
    }
}
