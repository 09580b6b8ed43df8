package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.settlement.SubmissionLedger.DueInstruction;
import dev.settle.settlement.calendar.BusinessCalendar;
import dev.settle.settlement.calendar.BusinessCalendars;
import dev.settle.settlement.calendar.SubmissionDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
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
 *
 * <p>Each claim fixes what the scheme will be asked for: the forecasted settlement date (the day the scheme
 * processes the submission, after the cut-off the next business day, plus the lead time), the execution date
 * (that day for a credit transfer, the forecasted settlement date for a collection) and, for a collection under a
 * mandate, its sequence type.
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
        return claim(scheme, businessDate, executionId, limit, 0);
    }

    /**
     * Claims up to {@code limit} due instructions with an id above {@code afterId}, in id order; an empty answer
     * means none above it is left unclaimed. Claiming chunk after chunk from the last id claimed reads each row
     * once; rows skipped because another transaction held them are found again by a claim from 0.
     */
    @Transactional
    public List<ClaimedPayment> claim(SchemeConfig scheme, LocalDate businessDate, long executionId, int limit,
            long afterId) {
        BusinessCalendar calendar = calendars.get(scheme.calendar());
        SubmissionDates dates = new SubmissionDates(calendar, scheme.cutOffTime(), scheme.cutOffZone());
        Instant now = clock.instant();
        LocalDate submittedOn = submissionDay(calendar, dates, businessDate, now);
        LocalDate forecast = dates.forecastedSettlementDate(submittedOn, scheme.leadTimeDays());
        List<DueInstruction> due = ledger.claimDue(scheme.tenantId(), scheme.schemeId(),
                scheme.lateSubmissionAllowed(), dates.latestDueSettledByDate(businessDate, scheme.leadTimeDays()),
                afterId, limit, forecast, now);
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(DueInstruction::id).toList();
        Map<Long, Integer> lastAttempts = ledger.lastAttempts(ids);
        Set<UUID> firstCollections = ledger.takeFirstCollections(scheme.tenantId(), due.stream()
                .filter(d -> isCollection(d) && d.instrumentSequenceType() != null)
                .map(DueInstruction::financialInstrumentId).collect(Collectors.toCollection(TreeSet::new)), now);
        List<ClaimedPayment> claimed = new ArrayList<>(due.size());
        for (DueInstruction d : due) {
            int attempt = lastAttempts.getOrDefault(d.id(), 0) + 1;
            boolean debit = isCollection(d);
            claimed.add(new ClaimedPayment(paymentKey(d.id(), attempt), attempt, d.id(), d.instructionRef(),
                    UUID.randomUUID(), d.direction(), d.amount(), d.currency(), d.settledByDate(),
                    d.financialInstrumentId(), debit ? forecast : submittedOn,
                    debit ? sequenceType(d, firstCollections) : null));
        }
        ledger.record(scheme.tenantId(), scheme.schemeId(), scheme.writerType(), businessDate, executionId, due, claimed,
                now);
        return claimed;
    }

    /**
     * The day the scheme processes what is submitted now: the business date (or the business day after it when it
     * is not one), or the business day after that once the business date's cut-off has passed.
     */
    private static LocalDate submissionDay(BusinessCalendar calendar, SubmissionDates dates, LocalDate businessDate,
            Instant now) {
        LocalDate day = calendar.onOrAfter(businessDate);
        return now.isAfter(dates.cutOff(day)) ? calendar.plusBusinessDays(day, 1) : day;
    }

    private static boolean isCollection(DueInstruction due) {
        return "DEBIT".equals(due.direction());
    }

    // Claims run in instruction order, so of several collections of a new mandate the first claimed is FRST: the
    // mandate leaves the set when its first collection takes it.
    private static String sequenceType(DueInstruction due, Set<UUID> firstCollections) {
        if (due.instrumentSequenceType() == null) {
            return null;
        }
        return firstCollections.remove(due.financialInstrumentId()) ? "FRST" : "RCUR";
    }

    /**
     * The key a scheme sees for an attempt: unique across all instructions and attempts, at most 35 characters of
     * the SEPA identifier set, so it serves as EndToEndId, PmtInfId part and Idempotency-Key alike.
     */
    static String paymentKey(long instructionId, int attempt) {
        return "S" + instructionId + "-" + attempt;
    }
}
