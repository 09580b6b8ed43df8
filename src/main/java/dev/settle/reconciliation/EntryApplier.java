package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.settlement.SubmissionState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one report entry to the ledger and the order store, once: the entry is remembered by its key in the
 * same transaction as its effects, so a second file carrying it, or a restart after a crash, finds it taken.
 * Entries that match no row, disagree on amount or currency, or ask for a move the row's fate forbids go to the
 * exceptions inbox; a late report that would move a row backwards is recorded and ignored.
 */
@Service
public class EntryApplier {

    private final ReconciliationStore store;
    private final LedgerEffects effects;
    private final BlockRows blocks;
    private final MoneyEvents money;
    private final Clock clock;

    public EntryApplier(ReconciliationStore store, LedgerEffects effects, BlockRows blocks, MoneyEvents money,
            Clock clock) {
        this.store = store;
        this.effects = effects;
        this.blocks = blocks;
        this.money = money;
        this.clock = clock;
    }

    /** Applies the entry of a registered report file; answers what became of it. */
    @Transactional
    public EntryOutcome apply(long fileId, ReportEntry entry) {
        if (store.seen(entry.entryKey())) {
            return EntryOutcome.DUPLICATE;
        }
        Instant now = clock.instant();
        boolean moneyEvent = isMoneyEvent(entry);
        Optional<LedgerMove> move = LedgerMove.of(entry);
        if (!moneyEvent && move.isEmpty()) {
            return remember(fileId, entry, EntryOutcome.IGNORED, null, "moves no payment", now);
        }
        List<LedgerRow> rows = rows(entry);
        if (moneyEvent && (entry.type() != ReportEntry.EntryType.RETURNED || settled(rows))) {
            return applyMoneyEvent(fileId, entry, rows, now);
        }
        if (rows.isEmpty()) {
            return exception(fileId, entry, "no submitted payment matches " + identifiers(entry), now);
        }
        Optional<String> mismatch = amountMismatch(entry, rows);
        if (mismatch.isPresent()) {
            return exception(fileId, entry, mismatch.get(), now);
        }
        List<Long> apply = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (LedgerRow row : rows) {
            switch (move.get().judge(SubmissionState.valueOf(row.state()))) {
                case APPLY -> apply.add(row.submissionId());
                case ILLEGAL -> refused.add(row.paymentKey() + " is " + row.state());
                default -> { }
            }
        }
        String paymentKey = entry.scope() == ReportEntry.Scope.PAYMENT ? rows.get(0).paymentKey() : null;
        if (!refused.isEmpty()) {
            store.raiseException(fileId, entry, move.get().target() + " is not allowed for " + String.join(", ",
                    refused.subList(0, Math.min(10, refused.size()))) + (refused.size() > 10 ? " and "
                    + (refused.size() - 10) + " more" : ""), now);
        }
        if (apply.isEmpty()) {
            return remember(fileId, entry, refused.isEmpty() ? EntryOutcome.STALE : EntryOutcome.EXCEPTION, paymentKey,
                    refused.isEmpty() ? "already " + rows.get(0).state() : "refused", now);
        }
        effects.apply(move.get(), apply, entry, "report file " + fileId + " entry " + entry.position(), now);
        // A fee the scheme took with the booking makes the payment's net amount smaller.
        if (move.get() == LedgerMove.SETTLE && entry.scope() == ReportEntry.Scope.PAYMENT && entry.charges() != null
                && entry.charges().signum() > 0) {
            money.fee(rows.get(0), entry.charges().abs(), now);
        }
        return remember(fileId, entry, EntryOutcome.APPLIED, paymentKey, move.get().target() + " " + apply.size()
                + " payment(s)", now);
    }

    // An SDD refund request (MD06), whether reported as a return or as a dispute, is of a collection that settled:
    // the money goes back to the debtor unconditionally, so it is a lost chargeback, not a failed payment.
    private static boolean isMoneyEvent(ReportEntry entry) {
        return switch (entry.type()) {
            case REFUNDED, CHARGEBACK_OPENED, CHARGEBACK_WON, CHARGEBACK_LOST, FEE -> true;
            case RETURNED -> "MD06".equals(entry.reasonCode());
            default -> false;
        };
    }

    private static boolean settled(List<LedgerRow> rows) {
        return rows.stream().anyMatch(row -> SubmissionState.SETTLED.name().equals(row.state()));
    }

    private EntryOutcome applyMoneyEvent(long fileId, ReportEntry entry, List<LedgerRow> rows, Instant now) {
        if (entry.scope() != ReportEntry.Scope.PAYMENT || rows.isEmpty()) {
            return exception(fileId, entry, "no submitted payment matches " + identifiers(entry), now);
        }
        LedgerRow row = rows.get(0);
        if (entry.amount() == null || entry.amount().signum() == 0) {
            return exception(fileId, entry, entry.type() + " without an amount", now);
        }
        if (entry.currency() != null && !entry.currency().equals(row.currency())) {
            return exception(fileId, entry, entry.type() + " in " + entry.currency() + " of a payment in "
                    + row.currency(), now);
        }
        boolean settled = "SETTLED".equals(row.state());
        if (!settled && entry.type() != ReportEntry.EntryType.FEE) {
            return exception(fileId, entry, entry.type() + " of " + row.paymentKey() + ", which is " + row.state()
                    + ", not settled", now);
        }
        BigDecimal amount = entry.amount().abs();
        switch (entry.type()) {
            case REFUNDED -> money.refund(row, amount, now);
            case CHARGEBACK_OPENED -> money.openChargeback(row, entry, amount, "MD06".equals(entry.reasonCode()), now);
            case RETURNED -> money.openChargeback(row, entry, amount, true, now);
            case CHARGEBACK_WON, CHARGEBACK_LOST -> {
                if (!money.decideChargeback(row, entry.type() == ReportEntry.EntryType.CHARGEBACK_WON, amount, now)) {
                    return exception(fileId, entry, entry.type() + " of " + row.paymentKey()
                            + ", which has no open chargeback", now);
                }
            }
            default -> money.fee(row, amount, now);
        }
        return remember(fileId, entry, EntryOutcome.APPLIED, row.paymentKey(), entry.type() + " "
                + amount.toPlainString(), now);
    }

    private List<LedgerRow> rows(ReportEntry entry) {
        return switch (entry.scope()) {
            case PAYMENT -> entry.endToEndId() == null ? List.of() : store.byPaymentKey(entry.endToEndId());
            case BLOCK -> blocks.rows(entry.originalMessageId(), entry.originalBlockId());
            case FILE -> entry.originalMessageId() == null ? List.of() : store.byBatch(entry.originalMessageId());
        };
    }

    private static Optional<String> amountMismatch(ReportEntry entry, List<LedgerRow> rows) {
        if (entry.amount() == null || entry.scope() == ReportEntry.Scope.FILE) {
            return Optional.empty();
        }
        BigDecimal ours = rows.stream().map(LedgerRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String currency = rows.get(0).currency();
        if (entry.currency() != null && !entry.currency().equals(currency)
                || entry.amount().abs().compareTo(ours) != 0) {
            return Optional.of("amount " + entry.amount().toPlainString() + " " + entry.currency() + " differs from "
                    + "the submitted " + ours.stripTrailingZeros().toPlainString() + " " + currency);
        }
        return Optional.empty();
    }

    private EntryOutcome exception(long fileId, ReportEntry entry, String reason, Instant now) {
        store.raiseException(fileId, entry, reason, now);
        return remember(fileId, entry, EntryOutcome.EXCEPTION, null, reason, now);
    }

    private EntryOutcome remember(long fileId, ReportEntry entry, EntryOutcome outcome, String paymentKey,
            String detail, Instant now) {
        return store.remember(fileId, entry, outcome, paymentKey, detail, now) ? outcome : EntryOutcome.DUPLICATE;
    }

    private static String identifiers(ReportEntry entry) {
        return "(EndToEndId " + entry.endToEndId() + ", message " + entry.originalMessageId() + ", block "
                + entry.originalBlockId() + ")";
    }
}
