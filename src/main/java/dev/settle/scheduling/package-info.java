/**
 * Scheduling: the clustered Quartz JDBC job store on the application database, and the schedule files of
 * {@code jobs/} ({@link dev.settle.scheduling.ScheduleFiles}) loaded into it at server start-up
 * ({@link dev.settle.scheduling.QuartzSchedules}). Each fire goes through {@link dev.settle.scheduling.ScheduleFiring}:
 * the times it stands for (catching up missed ones per the misfire policy), taken once in the fire log, launched
 * through the jobs' own launch paths ({@link dev.settle.scheduling.ScheduledJob}).
 */
package dev.settle.scheduling;
