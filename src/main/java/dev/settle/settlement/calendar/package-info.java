/**
 * Business-day calendars and the dates the settlement job derives from them.
 *
 * <p>A scheme names its calendar by code ({@code TARGET2}, {@code UK}); {@link
 * dev.settle.settlement.calendar.BusinessCalendars} resolves the code, adding the extra closing days configured
 * under {@code settle.calendars.extra-closing-days}. {@link dev.settle.settlement.calendar.SubmissionDates}
 * turns an instruction's settled-by date and the scheme's lead time and cut-off into its submission date,
 * whether it is due or late on a business date, and its forecasted settlement date. Everything here is plain
 * Java and free of Spring Batch, so the job, the CLI and tests call it alike.
 */
package dev.settle.settlement.calendar;
