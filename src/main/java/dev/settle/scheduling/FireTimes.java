package dev.settle.scheduling;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Which times of a schedule one Quartz fire stands for. A fire on time stands for its own time. A fire after a
 * misfire (no node was up, or all were busy) stands for the latest missed time, or with {@code catch-up} for every
 * time missed since the schedule last fired, oldest first and at most {@code maxCatchUp} of them.
 */
final class FireTimes {

    private FireTimes() {
    }

    /**
     * The times one fire stands for.
     *
     * @param times oldest first
     * @param dropped missed times older than these that the policy or the catch-up limit leaves out
     */
    record Due(List<Instant> times, long dropped) {
    }

    /**
     * @param scheduled the time Quartz scheduled this fire for
     * @param now the clock's now
     * @param after the latest time already dealt with: the schedule's previous fire, or just before its trigger was
     *     stored; only later times are due
     */
    static Due due(String cron, ZoneId zone, MisfirePolicy policy, int maxCatchUp, Instant scheduled, Instant now,
            Instant after) {
        CronExpression expression = expression(cron, zone);
        Instant upTo = now.isAfter(scheduled) ? now : scheduled;
        int keep = policy == MisfirePolicy.CATCH_UP ? maxCatchUp : 1;
        Deque<Instant> due = new ArrayDeque<>();
        long dropped = 0;
        for (Date next = expression.getNextValidTimeAfter(Date.from(after));
                next != null && !next.toInstant().isAfter(upTo);
                next = expression.getNextValidTimeAfter(next)) {
            due.addLast(next.toInstant());
            if (due.size() > keep) {
                due.removeFirst();
                dropped++;
            }
        }
        return new Due(List.copyOf(due), dropped);
    }

    /** The next {@code count} times after {@code after}. */
    static List<Instant> next(String cron, ZoneId zone, Instant after, int count) {
        CronExpression expression = expression(cron, zone);
        List<Instant> times = new ArrayList<>();
        for (Date next = expression.getNextValidTimeAfter(Date.from(after)); next != null && times.size() < count;
                next = expression.getNextValidTimeAfter(next)) {
            times.add(next.toInstant());
        }
        return times;
    }

    static CronExpression expression(String cron, ZoneId zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return expression;
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + cron + "' is not a Quartz cron expression (seconds minutes hours "
                    + "day-of-month month day-of-week [year]): " + e.getMessage(), e);
        }
    }
}
