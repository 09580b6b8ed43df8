package dev.settle.reconciliation;

import dev.settle.reconciliation.report.ReportEntry;
import dev.settle.settlement.SubmissionState;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a report entry moves a ledger row, and whether it may: a row only moves forward (submitted, pending or
 * unknown, accepted, settled, then returned), so a stale report arriving late changes nothing, and a move that
 * contradicts the row's fate (a booking of a rejected payment, a rejection of a settled one) is refused.
 */
enum LedgerMove {
    ACCEPT(SubmissionState.ACCEPTED), PEND(SubmissionState.PENDING), SETTLE(SubmissionState.SETTLED),
    REJECT(SubmissionState.REJECTED), RETURN(SubmissionState.RETURNED);

    private static final Map<String, LedgerMove> BY_STATUS = Map.of("ACTC", ACCEPT, "ACCP", ACCEPT, "ACSP", ACCEPT,
            "ACWC", ACCEPT, "PDNG", PEND, "ACSC", SETTLE, "RJCT", REJECT);
    private static final Map<SubmissionState, Integer> RANK = Map.of(SubmissionState.CLAIMED, 0,
            SubmissionState.SUBMITTED, 1, SubmissionState.PENDING, 2, SubmissionState.UNKNOWN, 2,
            SubmissionState.ACCEPTED, 3, SubmissionState.SETTLED, 4, SubmissionState.REJECTED, 5,
            SubmissionState.RETURNED, 6);
    private static final Set<SubmissionState> BEFORE_SETTLEMENT = EnumSet.of(SubmissionState.SUBMITTED,
            SubmissionState.PENDING, SubmissionState.UNKNOWN, SubmissionState.ACCEPTED);

    private final SubmissionState target;

    LedgerMove(SubmissionState target) {
        this.target = target;
    }

    SubmissionState target() {
        return target;
    }

    /** The move a status, booking or return entry asks for; empty for entries that move no row (PART, INFO…). */
    static Optional<LedgerMove> of(ReportEntry entry) {
        return switch (entry.type()) {
            case STATUS -> Optional.ofNullable(entry.status() == null ? null : BY_STATUS.get(entry.status()));
            case BOOKED -> entry.status() == null || "BOOK".equals(entry.status()) ? Optional.of(SETTLE)
                    : Optional.empty();
            case RETURNED -> Optional.of(RETURN);
            default -> Optional.empty();
        };
    }

    /** What this move does to a row in {@code from}. */
    Verdict judge(SubmissionState from) {
        if (from == target) {
            return Verdict.ALREADY;
        }
        boolean allowed = switch (this) {
            case ACCEPT, PEND -> BEFORE_SETTLEMENT.contains(from) || from == SubmissionState.SETTLED;
            case SETTLE -> BEFORE_SETTLEMENT.contains(from) || from == SubmissionState.RETURNED;
            case REJECT -> BEFORE_SETTLEMENT.contains(from);
            case RETURN -> BEFORE_SETTLEMENT.contains(from) || from == SubmissionState.SETTLED;
        };
        if (!allowed) {
            return Verdict.ILLEGAL;
        }
        return RANK.get(target) > RANK.get(from) ? Verdict.APPLY : Verdict.STALE;
    }

    /** The judgement of a move for a row. */
    enum Verdict {
        /** Forward: apply it. */
        APPLY,
        /** The row is already there. */
        ALREADY,
        /** The row is further already (a late report): record and ignore. */
        STALE,
        /** The move contradicts the row's fate: an exception for an operator. */
        ILLEGAL
    }
}
