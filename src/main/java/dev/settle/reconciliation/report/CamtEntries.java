package dev.settle.reconciliation.report;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Turns one detail of an {@code Ntry} into a {@link ReportEntry}: scope, type, references, amount, charges, reason
 * and the entry key.
 *
 * <p>The key is {@code camt|<entry>|<detail>|<type>}: the entry part is the {@code Ntry}'s {@code AcctSvcrRef},
 * else its {@code NtryRef}, else booking date, amount and {@code CdtDbtInd} joined by {@code +}; the detail part is
 * the {@code EndToEndId} (unless {@code NOTPROVIDED}), else the transaction's {@code AcctSvcrRef}, else the
 * detail's 1-based place in the {@code Ntry}. A statement (camt.053) and a notification (camt.054) that report
 * the same booking with the same references so give the same key, whatever their versions.
 */
final class CamtEntries {

    private CamtEntries() {
    }

    /**
     * @param onlyDetail whether the detail is the only one of its {@code Ntry}
     * @param problems receives what is missing, for this entry's position
     */
    static ReportEntry create(int position, CamtNtry entry, CamtDetail detail, boolean onlyDetail,
            Consumer<String> problems) {
        EntryType type = CamtEntryTypes.of(entry, detail);
        Scope scope = detail.kind() == CamtDetail.Kind.BATCH ? Scope.BLOCK : Scope.PAYMENT;
        boolean standsForEntry = onlyDetail && standsForEntry(detail);
        CamtAmount amount = amount(entry, detail, standsForEntry);
        if (amount == null) {
            problems.accept("no amount for " + describe(entry, detail)
                    + (standsForEntry ? "" : "; the entry's amount covers more than this detail"));
        }
        BigDecimal charges = detail.charges() != null || !standsForEntry ? detail.charges() : entry.charges();
        String schemeReference = first(detail.schemeReference(), entry.schemeReference(), entry.entryReference());
        String key = "camt|" + entryPart(entry) + "|" + detail.identity() + "|" + type;
        CamtReturnInformation returned = detail.returnInformation();
        return new ReportEntry(position, key, type, scope, detail.messageId(), detail.blockId(), detail.endToEndId(),
                schemeReference, entry.status(), returned.code(), returned.text(),
                amount == null ? null : amount.value(), amount == null ? null : amount.currency(),
                entry.bookingDate(), entry.valueDate(), charges);
    }

    /**
     * Whether the entry's own amount and charges are the detail's: an entry's only transaction, unless its batch
     * says it holds more transactions than the one reported; an entry's only batch; the entry itself.
     */
    private static boolean standsForEntry(CamtDetail detail) {
        Long size = detail.batch().size();
        return detail.kind() != CamtDetail.Kind.TRANSACTION || size == null || size == 1;
    }

    private static CamtAmount amount(CamtNtry entry, CamtDetail detail, boolean standsForEntry) {
        CamtAmount own = detail.kind() == CamtDetail.Kind.BATCH ? detail.batch().total() : detail.amount();
        return own != null || !standsForEntry ? own : entry.amount();
    }

    private static String entryPart(CamtNtry entry) {
        if (entry.schemeReference() != null) {
            return entry.schemeReference();
        }
        if (entry.entryReference() != null) {
            return entry.entryReference();
        }
        return entry.bookingDate() + "+" + (entry.amount() == null ? null : entry.amount().plain()) + "+"
                + entry.creditDebit();
    }

    private static String describe(CamtNtry entry, CamtDetail detail) {
        String where = detail.kind() == CamtDetail.Kind.ENTRY ? "Ntry"
                : (detail.kind() == CamtDetail.Kind.BATCH ? "Btch " : "TxDtls ") + detail.index() + " of Ntry";
        String reference = first(entry.schemeReference(), entry.entryReference());
        return where + (reference == null ? "" : " " + reference);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
