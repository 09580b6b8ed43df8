package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.settlement.SubmissionLedger.DueInstruction;
import dev.settle.settlement.calendar.BusinessCalendars;
import dev.settle.settlement.calendar.SubmissionDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims the due instructions of one scheme for a business date, a chunk at a time: each claimed instruction
 * moves to {@code PROCESSING} with a {@code PROCESSING} transaction, a ledger row under a new payment key, and a
 * history line, all in one transaction.
 *
 * <p>Due: {@code READY} (and {@code LATE} where the scheme allows late submission) with a settledByDate on or
 * before {@link SubmissionDates#latestDueSettledByDate}. Rows another transaction holds are skipped, not waited
 * for: a second run claims other rows, and an API cancel in progress wins; a cancel arriving after the claim finds
 * the instruction {@code PROCESSING} and is refused.
 */
@Service
public class DueInstructionClaimer {

    private final SubmissionLedger ledger;
    private final BusinessCalendars calendars;
    private final Clock clock;

    public DueInstructionClaimer(SubmissionLedger ledger, BusinessCalendars calendars, Clock clock) {
        this.ledger = ledger;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Claims up to {@code limit} due instructions; an empty answer means none is left unclaimed. */
    @Transactional
    public List<ClaimedPayment> claim(SchemeConfig scheme, LocalDate businessDate, long executionId, int limit) {
        SubmissionDates dates = new SubmissionDates(calendars.get(scheme.calendar()), scheme.cutOffTime(),
                scheme.cutOffZone());
        List<String> statuses = scheme.lateSubmissionAllowed() ? List.of("READY", "LATE") : List.of("READY");
        List<DueInstruction> due = ledger.lockDue(scheme.tenantId(), scheme.schemeId(), statuses,
                dates.latestDueSettledByDate(businessDate, scheme.leadTimeDays()), limit);
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(DueInstruction::id).toList();
        Instant now = clock.instant();
        int moved = ledger.moveToProcessing(ids, statuses,
                dates.forecastedSettlementDate(businessDate, scheme.leadTimeDays()), now);
        if (moved != ids.size()) {
            // The rows are locked by this transaction, so this is a defect, not a race: roll back the chunk.
            throw new IllegalStateException("Claimed " + ids.size() + " instructions of scheme " + scheme.schemeId()
                    + " but moved " + moved + " to PROCESSING");
        }
        Map<Long, Integer> lastAttempts = ledger.lastAttempts(ids);
        List<ClaimedPayment> claimed = new ArrayList<>(due.size());
        for (DueInstruction d : due) {
            int attempt = lastAttempts.getOrDefault(d.id(), 0) + 1;
            claimed.add(new ClaimedPayment(paymentKey(d.id(), attempt), attempt, d.id(), d.instructionRef(),
                    UUID.randomUUID(), d.direction(), d.amount(), d.currency(), d.settledByDate(),
                    d.financialInstrumentId()));
        }
        ledger.record(scheme.tenantId(), scheme.schemeId(), scheme.writerType(), businessDate, executionId, due, claimed,
                now);
        return claimed;
    }

    /**
     * The key a scheme sees for an attempt: unique across all instructions and attempts, at most 35 characters of
     * the SEPA identifier set, so it serves as EndToEndId, PmtInfId part and Idempotency-Key alike.
     */
    static String paymentKey(long instructionId, int attempt) {
        return "S" + instructionId + "-" + attempt;
    }
}
