package dev.settle.reconciliation.report;

import dev.settle.reconciliation.report.ReportEntry.EntryType;

/**
 * What a camt entry reports, decided from the transaction and its {@code Ntry}:
 * <ol>
 * <li>{@link EntryType#CHARGEBACK_OPENED} when the transaction's return reason is {@code MD06}, the SEPA direct
 * debit refund the debtor asked for, as {@link ReportEntry} defines it;</li>
 * <li>{@link EntryType#RETURNED} when the transaction has return information ({@code RtrInf}), or the
 * {@code Ntry} (or, outside the schema, the {@code TxDtls}) has {@code RvslInd} true, or the ISO sub-family of
 * the {@code Ntry}'s or the transaction's bank transaction code is one of
 * {@link CamtBankTransactionCode#RETURN_SUB_FAMILIES};</li>
 * <li>{@link EntryType#BOOKED} otherwise.</li>
 * </ol>
 * The entry's status ({@code BOOK}, {@code PDNG}, {@code INFO}) does not change the type: it is carried in
 * {@link ReportEntry#status()} so the applying side can leave entries that are not booked. Proprietary bank
 * transaction codes are not interpreted.
 */
final class CamtEntryTypes {

    /** ISO reason code of a SEPA direct debit refund requested by the debtor. */
    static final String REFUND_REQUEST = "MD06";

    private CamtEntryTypes() {
    }

    static EntryType of(CamtNtry entry, CamtDetail detail) {
        CamtReturnInformation returned = detail.returnInformation();
        if (returned.present() && REFUND_REQUEST.equals(returned.code())) {
            return EntryType.CHARGEBACK_OPENED;
        }
        boolean returnOrReversal = returned.present() || entry.reversal() || detail.reversal()
                || entry.code().isReturn() || detail.code().isReturn();
        return returnOrReversal ? EntryType.RETURNED : EntryType.BOOKED;
    }
}
