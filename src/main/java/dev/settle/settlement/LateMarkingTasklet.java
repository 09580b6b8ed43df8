package dev.settle.settlement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Marks late instructions (of the run's scheme, when it has one) tenant by tenant, one chunk per call and transaction. What is marked is committed, and
 * a restart simply finds fewer instructions to mark.
 */
class LateMarkingTasklet implements Tasklet {

    private final LateInstructionMarker marker;
    private final LocalDate businessDate;
    private final String schemeId;
    private final int chunkSize;
    private List<UUID> tenants;
    private int tenant;

    LateMarkingTasklet(LateInstructionMarker marker, LocalDate businessDate, String schemeId, int chunkSize) {
        this.marker = marker;
        this.businessDate = businessDate;
        this.schemeId = schemeId;
        this.chunkSize = chunkSize;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (tenants == null) {
            tenants = marker.tenants();
        }
        if (tenant >= tenants.size()) {
            return RepeatStatus.FINISHED;
        }
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        int marked = marker.markChunk(tenants.get(tenant), schemeId, businessDate, executionId, chunkSize);
        contribution.incrementWriteCount(marked);
        if (marked == 0) {
            tenant++;
        }
        return RepeatStatus.CONTINUABLE;
    }
}
