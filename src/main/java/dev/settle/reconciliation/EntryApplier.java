package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.settlement.SubmissionState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        Decision decision = decide(entry, move.get(), rows);
        if (decision.exceptionReason() != null) {
            store.raiseException(fileId, entry, decision.exceptionReason(), now);
        }
        if (!decision.apply().isEmpty()) {
            effects.apply(move.get(), decision.apply(), entry, cause(fileId, entry), now);
            // A fee the scheme took with the booking makes the payment's net amount smaller.
            if (move.get() == LedgerMove.SETTLE && entry.scope() == ReportEntry.Scope.PAYMENT && hasCharges(entry)) {
                money.fee(rows.get(0), entry.charges().abs(), now);
            }
        }
        return remember(fileId, entry, decision.outcome(), decision.paymentKey(), decision.detail(), now);
    }

    /**
     * Applies entries that each move one payment named by its EndToEndId (see {@link #appliesInBulk}), no two of
     * the same entry key or payment, with a handful of statements for all of them instead of several per entry;
     * what becomes of each entry is what {@link #apply} would have made of it. An entry another transaction
     * remembers while this one runs fails the chunk instead of being taken twice.
     */
    @Transactional
    public List<EntryOutcome> applyInBulk(long fileId, List<? extends ReportEntry> entries) {
        Instant now = clock.instant();
        Set<String> seen = store.seen(entries.stream().map(ReportEntry::entryKey).toList());
        List<ReportEntry> fresh = entries.stream().filter(entry -> !seen.contains(entry.entryKey()))
                .collect(Collectors.toList());
        Map<String, LedgerRow> rows = store.byPaymentKeys(fresh.stream().map(ReportEntry::endToEndId).toList());
        List<ReconciliationStore.Remembered> remembered = new ArrayList<>(fresh.size());
        List<ReconciliationStore.Raised> raised = new ArrayList<>();
        Map<EffectGroup, List<ReportEntry>> groups = new LinkedHashMap<>();
        Map<String, Long> appliedRows = new HashMap<>();
        for (ReportEntry entry : fresh) {
            LedgerRow row = rows.get(entry.endToEndId());
            LedgerMove move = LedgerMove.of(entry).orElseThrow();
            Decision decision = decide(entry, move, row == null ? List.of() : List.of(row));
            if (decision.exceptionReason() != null) {
                raised.add(new ReconciliationStore.Raised(entry, decision.exceptionReason()));
            }
            if (!decision.apply().isEmpty()) {
                groups.computeIfAbsent(EffectGroup.of(move, entry), group -> new ArrayList<>()).add(entry);
                appliedRows.put(entry.entryKey(), row.submissionId());
            }
            String messageId = entry.originalMessageId() != null ? entry.originalMessageId()
                    : decision.paymentKey() != null ? row.batchId() : null;
            remembered.add(new ReconciliationStore.Remembered(entry, decision.outcome(), decision.paymentKey(),
                    messageId, decision.detail()));
        }
        store.raiseExceptions(fileId, raised, now);
        store.rememberAll(fileId, remembered, now);
        groups.forEach((group, grouped) -> {
            Map<Long, String> causes = new LinkedHashMap<>();
            grouped.forEach(entry -> causes.put(appliedRows.get(entry.entryKey()), cause(fileId, entry) + " "
                    + entry.endToEndId()));
            effects.applyToEntries(group.move(), causes, grouped.get(0), now);
        });
        Map<String, EntryOutcome> outcomes = new HashMap<>();
        remembered.forEach(r -> outcomes.put(r.entry().entryKey(), r.outcome()));
        return entries.stream().map(entry -> outcomes.getOrDefault(entry.entryKey(), EntryOutcome.DUPLICATE))
                .toList();
    }

    /**
     * Whether {@link #applyInBulk} takes the entry: a status move of one payment named by its EndToEndId, without
     * money of its own (refunds, chargebacks, fees and charges go through {@link #apply}).
     */
    public static boolean appliesInBulk(ReportEntry entry) {
        return entry.scope() == ReportEntry.Scope.PAYMENT && entry.endToEndId() != null && !isMoneyEvent(entry)
                && LedgerMove.of(entry).isPresent() && !hasCharges(entry);
    }

    /** What an entry that moves payments does to the rows it names; nothing is written yet. */
    private static Decision decide(ReportEntry entry, LedgerMove move, List<LedgerRow> rows) {
        if (rows.isEmpty()) {
            String reason = "no submitted payment matches " + identifiers(entry);
            return new Decision(EntryOutcome.EXCEPTION, List.of(), reason, null, reason);
        }
        Optional<String> mismatch = amountMismatch(entry, rows);
        if (mismatch.isPresent()) {
            return new Decision(EntryOutcome.EXCEPTION, List.of(), mismatch.get(), null, mismatch.get());
        }
        List<Long> apply = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (LedgerRow row : rows) {
            switch (move.judge(SubmissionState.valueOf(row.state()))) {
                case APPLY -> apply.add(row.submissionId());
                case ILLEGAL -> refused.add(row.paymentKey() + " is " + row.state());
                default -> { }
            }
        }
        String paymentKey = entry.scope() == ReportEntry.Scope.PAYMENT ? rows.get(0).paymentKey() : null;
        String refusal = refused.isEmpty() ? null : move.target() + " is not allowed for " + String.join(", ",
                refused.subList(0, Math.min(10, refused.size()))) + (refused.size() > 10 ? " and "
                + (refused.size() - 10) + " more" : "");
        if (apply.isEmpty()) {
            return new Decision(refused.isEmpty() ? EntryOutcome.STALE : EntryOutcome.EXCEPTION, apply, refusal,
                    paymentKey, refused.isEmpty() ? "already " + rows.get(0).state() : "refused");
        }
        return new Decision(EntryOutcome.APPLIED, apply, refusal, paymentKey, move.target() + " " + apply.size()
                + " payment(s)");
    }

    private static String cause(long fileId, ReportEntry entry) {
        return "report file " + fileId + " entry " + entry.position();
    }

    private static boolean hasCharges(ReportEntry entry) {
        return entry.charges() != null && entry.charges().signum() > 0;
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

    /**
     * @param apply the rows the entry moves
     * @param exceptionReason what goes to the exceptions inbox, or null
     */
    private record Decision(EntryOutcome outcome, List<Long> apply, String exceptionReason, String paymentKey,
            String detail) {
    }

    /** Entries whose effects are the same statements with the same values, bar the rows and the history's cause. */
    private record EffectGroup(LedgerMove move, String reasonCode, String reasonText, String status,
            ReportEntry.EntryType type, LocalDate valueDate, LocalDate bookingDate) {

        static EffectGroup of(LedgerMove move, ReportEntry entry) {
            return new EffectGroup(move, entry.reasonCode(), entry.reasonText(), entry.status(), entry.type(),
                    entry.valueDate(), entry.bookingDate());
        }
    }
}
