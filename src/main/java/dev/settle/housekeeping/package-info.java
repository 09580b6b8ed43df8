/**
 * {@code housekeepingJob}: deletes what is past its retention ({@link dev.settle.housekeeping.HousekeepingProperties})
 * — Spring Batch metadata of finished job instances, the schedule fire log, kept reports, import uploads and report
 * folders, published SEPA files and their manifests — and never anything an unfinished execution still needs.
 */
package dev.settle.housekeeping;
