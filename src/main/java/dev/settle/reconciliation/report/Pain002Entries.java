package dev.settle.reconciliation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import dev.settle.reconciliation.report.ReportEntry.EntryType;
import dev.settle.reconciliation.report.ReportEntry.Scope;

/**
 * Turns each closed level of a pain.002 into a {@link ReportEntry}, numbered in file order, or into a
 * {@link ReportProblem} when the level lacks what applying it needs: a level with no status reports nothing.
 */
final class Pain002Entries {

    /** First part of every entry key, so pain.002 keys never meet another format's. */
    static final String KEY_PREFIX = "pain.002";

    private static final String NONE = "-";

    private final Consumer<ReportProblem> problems;

    private int position;

    Pain002Entries(Consumer<ReportProblem> problems) {
        this.problems = problems;
    }

    /** The group status as a FILE entry; without OrgnlMsgId a problem instead, as it would apply to no file. */
    ReportEntry group(Pain002Level group) {
        if (group.id == null) {
            this.problems.accept(new ReportProblem(0, "OrgnlGrpInfAndSts (line " + group.line
                    + ") has no OrgnlMsgId: the report names none of our files"
                    + ((group.status != null) ? "; its group status " + group.status + " is not taken" : "")));
            return null;
        }
        return (group.status != null) ? entry(group.id, null, null, group) : null;
    }

    /** The payment information status as a BLOCK entry, or null when the block has none. */
    ReportEntry block(String messageId, Pain002Level block) {
        if (block.id == null) {
            problem(this.position + 1, "OrgnlPmtInfAndSts (line " + block.line + ") without OrgnlPmtInfId"
                    + ((block.status != null) ? ": its status " + block.status + " is not taken" : ""));
            return null;
        }
        return (block.status != null) ? entry(messageId, block.id, null, block) : null;
    }

    /** The transaction status as a PAYMENT entry, or null when the transaction has none. */
    ReportEntry payment(String messageId, String blockId, Pain002Level transaction) {
        if (transaction.id == null) {
            problem(this.position + 1, "TxInfAndSts without OrgnlEndToEndId (line " + transaction.line
                    + ((transaction.statusId != null) ? ", StsId " + transaction.statusId : "")
                    + ((transaction.status != null) ? ", status " + transaction.status : "")
                    + "): it cannot be matched to a payment and is not taken");
            return null;
        }
        return (transaction.status != null) ? entry(messageId, blockId, transaction.id, transaction) : null;
    }

    private ReportEntry entry(String messageId, String blockId, String endToEndId, Pain002Level level) {
        int position = ++this.position;
        String key = String.join("|", KEY_PREFIX, orNone(messageId), level.scope.name(), orNone(blockId),
                orNone(endToEndId), level.status, orNone(level.reasonCode));
        BigDecimal amount = amount(position, level);
        return new ReportEntry(position, key, EntryType.STATUS, level.scope, messageId, blockId, endToEndId,
                (level.accountServicerReference != null) ? level.accountServicerReference : level.statusId,
                level.status, level.reasonCode, reasonText(level), amount, (amount != null) ? level.currency : null,
                null, requestedDate(position, level), null);
    }

    private static String reasonText(Pain002Level level) {
        if (!level.additionalInformation.isEmpty()) {
            return level.additionalInformation.toString();
        }
        // a proprietary code is the bank's own: an ISO code of the same letters may mean something else
        return level.proprietaryReason ? null : IsoReasonCodes.definition(level.reasonCode).orElse(null);
    }

    private BigDecimal amount(int position, Pain002Level level) {
        if (level.amount == null) {
            return null;
        }
        String where = where(level) + ": OrgnlTxRef/Amt/InstdAmt '" + level.amount + "' ";
        try {
            BigDecimal amount = new BigDecimal(level.amount);
            if (amount.signum() < 0 || level.currency == null) {
                problem(position, where + ((amount.signum() < 0) ? "is negative" : "has no Ccy")
                        + "; the entry is taken without amount");
                return null;
            }
            return amount;
        }
        catch (NumberFormatException ex) {
            problem(position, where + "is not a number; the entry is taken without amount");
            return null;
        }
    }

    private LocalDate requestedDate(int position, Pain002Level level) {
        if (level.requestedDate == null) {
            return null;
        }
        String date = level.requestedDate;
        try {
            // an ISODate may carry a zone and a DtTm a time: the calendar date is the first ten characters
            return LocalDate.parse(date.substring(0, Math.min(10, date.length())));
        }
        catch (DateTimeParseException ex) {
            problem(position, where(level) + ": requested date '" + date + "' is not a date; "
                    + "the entry is taken without it");
            return null;
        }
    }

    private static String where(Pain002Level level) {
        return level.element + " " + level.id + " (line " + level.line + ")";
    }

    private void problem(int position, String message) {
        this.problems.accept(new ReportProblem(position, message));
    }

    private static String orNone(String value) {
        return (value != null) ? value : NONE;
    }
}
