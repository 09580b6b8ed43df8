package dev.settle.housekeeping;

import dev.settle.scheduling.ScheduleFireLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Each call deletes one transaction's worth of expired job instances and asks to be called again while there are
 * more; the last call deletes the expired fire log rows and files. A restart simply goes on with what is left.
 */
@Component
class HousekeepingTasklet implements Tasklet {

    private final HousekeepingProperties retention;
    private final BatchMetadataRetention metadata;
    private final ExecutionsInUse executions;
    private final DataDirRetention files;
    private final ScheduleFireLog fires;
    private final Clock clock;

    HousekeepingTasklet(HousekeepingProperties retention, BatchMetadataRetention metadata, ExecutionsInUse executions,
            DataDirRetention files, ScheduleFireLog fires, Clock clock) {
        this.retention = retention;
        this.metadata = metadata;
        this.executions = executions;
        this.files = files;
        this.fires = fires;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Instant now = clock.instant();
        if (expires(retention.batchMetadata())) {
            // Spring Batch writes its times as local date-times of the JVM's zone.
            LocalDateTime cutoff = LocalDateTime.ofInstant(now.minus(retention.batchMetadata()), ZoneId.systemDefault());
            int deleted = metadata.deleteExpired(cutoff, retention.instancesPerTransaction());
            contribution.incrementWriteCount(deleted);
            if (deleted == retention.instancesPerTransaction()) {
                return RepeatStatus.CONTINUABLE;
            }
        }
        ExecutionsInUse.InUse inUse = executions.now();
        long instances = chunkContext.getStepContext().getStepExecution().getWriteCount() + contribution.getWriteCount();
        int fireRows = expires(retention.scheduleFires()) ? fires.deleteOlderThan(now.minus(retention.scheduleFires())) : 0;
        int reports = expires(retention.reports()) ? files.deleteReports(now.minus(retention.reports())) : 0;
        int imports = expires(retention.importFiles()) ? files.deleteImportFiles(now.minus(retention.importFiles()), inUse)
                : 0;
        int published = expires(retention.publishedFiles())
                ? files.deletePublishedFiles(now.minus(retention.publishedFiles()), inUse) : 0;
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription("deleted " + instances + " job instances, "
                + fireRows + " schedule fires, " + reports + " reports, " + imports + " import files or folders, "
                + published + " published files"));
        return RepeatStatus.FINISHED;
    }

    /** Whether a retention deletes at all: zero keeps forever. */
    private static boolean expires(Duration retention) {
        return !retention.isZero();
    }
}
