package dev.settle.housekeeping;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long {@code housekeepingJob} keeps things ({@code settle.housekeeping.*}); {@code 0} keeps them forever. Age is
 * counted from when a job instance last ended, or from a file's last modification.
 *
 * @param batchMetadata Spring Batch's rows (and the import row outcomes) of job instances whose last execution
 *     COMPLETED or was ABANDONED. Once gone, the same identity (a business date, a file) can be started again: the
 *     submission ledger still never pays an instruction twice, and a file already applied changes nothing
 * @param scheduleFires the schedule fire log
 * @param reports the settlement reports kept under {@code <data-dir>/reports}
 * @param importFiles files uploaded for import and the import report folders under the import output folder
 * @param publishedFiles SEPA files and their manifests under the SEPA outbox; 400 days by default, beyond the
 *     13 months in which a debtor may claim back an unauthorised SEPA direct debit
 * @param instancesPerTransaction job instances deleted per transaction
 */
@ConfigurationProperties("settle.housekeeping")
public record HousekeepingProperties(
        @DefaultValue("90d") Duration batchMetadata,
        @DefaultValue("90d") Duration scheduleFires,
        @DefaultValue("90d") Duration reports,
        @DefaultValue("90d") Duration importFiles,
        @DefaultValue("400d") Duration publishedFiles,
        @DefaultValue("500") int instancesPerTransaction) {

    public HousekeepingProperties {
        for (Duration retention : new Duration[] {batchMetadata, scheduleFires, reports, importFiles, publishedFiles}) {
            if (retention.isNegative()) {
                throw new IllegalArgumentException("settle.housekeeping retentions must not be negative, got "
                        + retention);
            }
        }
        if (instancesPerTransaction < 1) {
            throw new IllegalArgumentException("settle.housekeeping.instances-per-transaction must be at least 1");
        }
    }
}
