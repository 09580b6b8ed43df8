package dev.settle.reconciliation.report;

/**
 * The return information ({@code RtrInf}) of a {@code TxDtls}: the reason, ISO ({@code Rsn/Cd}) or the bank's own
 * ({@code Rsn/Prtry}), and the bank's words ({@code AddtlInf}, which may repeat). The element is the same in
 * versions 02, 04 and 08.
 */
final class CamtReturnInformation {

    private static final int ADDITIONAL_INFO_LIMIT = 500;

    private boolean present;
    private String code;
    private boolean isoCode;
    private String additionalInformation;

    /**
     * Takes one element of the return information.
     *
     * @param path the element's path below {@code RtrInf}, empty for {@code RtrInf} itself
     */
    void accept(String path, String text) {
        switch (path) {
            case "" -> present = true;
            case "Rsn/Cd" -> reason(text, true);
            case "Rsn/Prtry" -> reason(text, false);
            case "AddtlInf" -> additionalInformation(text);
            default -> {
                // the original bank transaction code and the originator are not needed
            }
        }
    }

    private void reason(String text, boolean iso) {
        if (!text.isEmpty()) {
            code = text;
            isoCode = iso;
        }
    }

    private void additionalInformation(String text) {
        if (text.isEmpty()) {
            return;
        }
        String joined = additionalInformation == null ? text : additionalInformation + " " + text;
        additionalInformation = joined.length() > ADDITIONAL_INFO_LIMIT
                ? joined.substring(0, ADDITIONAL_INFO_LIMIT) : joined;
    }

    /** Whether the transaction carried {@code RtrInf} at all, with or without a reason. */
    boolean present() {
        return present;
    }

    /** The reason code as reported, ISO or proprietary, or null. */
    String code() {
        return code;
    }

    /**
     * The reason's text: the bank's additional information, else the ISO definition of an ISO code, else null (a
     * proprietary or unknown code is kept verbatim in {@link #code()} without text).
     */
    String text() {
        if (additionalInformation != null) {
            return additionalInformation;
        }
        return isoCode ? IsoReturnReasons.definition(code) : null;
    }
}
