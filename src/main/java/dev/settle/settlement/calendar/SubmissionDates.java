package dev.settle.settlement.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an instruction is submitted to its scheme, counted in the scheme's business-day calendar. The rules:
 * <ol>
 *   <li><b>Submission date</b> = the settled-by date minus the lead time in business days. A settled-by date
 *       that is not a business day is first moved to the business day before it. The submission date is
 *       always a business day; with a lead time of 0 it is the (moved) settled-by date itself.</li>
 *   <li><b>Due</b> on a business date when the submission date is on or before the business date.</li>
 *   <li><b>Late</b> on a business date when the submission date has passed: it is before the business date,
 *       or it is the business date and {@code now} is after the cut-off, the cut-off time in the cut-off zone on
 *       the business date. Exactly at the cut-off is not late.</li>
 *   <li><b>Forecasted settlement date</b> = the submission date plus the lead time in business days. A
 *       submission date that is not a business day is first moved to the business day after it, the first day
 *       the scheme processes the submission.</li>
 * </ol>
 * Business days are counted strictly before (or after) the starting day, so one business day before a Monday
 * is the Friday when that is a business day. When the cut-off time does not exist on the business date in the
 * cut-off zone (a daylight-saving gap), the cut-off is moved later by the length of the gap.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SubmissionDates {

    private final BusinessCalendar calendar;

    private final LocalTime cutOffTime;

    private final ZoneId cutOffZone;

    /**
     * @param calendar the scheme's business-day calendar
     * @param cutOffTime the latest submission time of a business day, in {@code cutOffZone}
     * @param cutOffZone the zone of the cut-off time
     */
    public SubmissionDates(BusinessCalendar calendar, LocalTime cutOffTime, ZoneId cutOffZone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.cutOffTime = Objects.requireNonNull(cutOffTime, "cutOffTime");
        this.cutOffZone = Objects.requireNonNull(cutOffZone, "cutOffZone");
    }

    /**
     * The settled-by date, moved to the business day before it when it is not one, minus {@code leadTimeDays}
     * business days; always a business day.
     *
     * @throws IllegalArgumentException when {@code leadTimeDays} is negative
     */
    public LocalDate submissionDate(LocalDate settledByDate, int leadTimeDays) {
        return calendar.minusBusinessDays(calendar.onOrBefore(settledByDate), leadTimeDays);
    }

    /** Whether the submission date is on or before the business date. */
    public boolean isDue(LocalDate settledByDate, int leadTimeDays, LocalDate businessDate) {
        return !submissionDate(settledByDate, leadTimeDays).isAfter(businessDate);
    }

    /**
     * The latest {@code settledByDate} that is due on {@code businessDate}: an instruction is due exactly when its
     * settledByDate is on or before this date, so the due selection is one range condition. The submission date
     * only grows with the settledByDate, so the due dates are those up to the last day whose submission date is
     * on or before the business date.
     */
    public LocalDate latestDueSettledByDate(LocalDate businessDate, int leadTimeDays) {
        LocalDate lastSubmittable = calendar.plusBusinessDays(calendar.onOrBefore(businessDate), leadTimeDays);
        // Days after it up to the next business day are moved back onto it, so they are due too.
        return calendar.onOrAfter(lastSubmittable.plusDays(1)).minusDays(1);
    }

    /**
     * Whether the submission date has passed: it is before the business date, or it is the business date and
     * {@code now} is after the cut-off time in the cut-off zone on the business date.
     */
    public boolean isLate(LocalDate settledByDate, int leadTimeDays, LocalDate businessDate, Instant now) {
        LocalDate submissionDate = submissionDate(settledByDate, leadTimeDays);
        return submissionDate.isBefore(businessDate)
                || submissionDate.equals(businessDate) && now.isAfter(cutOff(businessDate));
    }

    /** The cut-off of the business date: the cut-off time in the cut-off zone on that date. */
    public Instant cutOff(LocalDate businessDate) {
        return ZonedDateTime.of(businessDate, cutOffTime, cutOffZone).toInstant();
    }

    /**
     * The submission date, moved to the business day after it when it is not one, plus {@code leadTimeDays}
     * business days: the date the money is expected to move when submitted on the submission date.
     *
     * @throws IllegalArgumentException when {@code leadTimeDays} is negative
     */
    public LocalDate forecastedSettlementDate(LocalDate submissionDate, int leadTimeDays) {
        return calendar.plusBusinessDays(calendar.onOrAfter(submissionDate), leadTimeDays);
    }
}
