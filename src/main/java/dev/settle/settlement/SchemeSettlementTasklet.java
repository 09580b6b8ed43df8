package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Settles one scheme for a business date, one transaction per call: claims due instructions a chunk at a time in
 * id order, each chunk after the last (then once more from the start for rows that were held when the claim
 * passed them), then plans the claimed payments into files (or API batches), then submits one planned batch per
 * call. Every phase works from the ledger's state (the files to submit are read from it once, when planned), so a
 * restart after a crash at any point carries on where the committed work ends: nothing claimed is lost, nothing
 * submitted is submitted again.
 *
 * <p>When the claim and the plan end, the step's execution context gets the time ({@link
 * SettlementJobs#CLAIM_ENDED_AT}, {@link SettlementJobs#PLAN_ENDED_AT}), so how long each phase took can be read
 * from the step execution.
 */
class SchemeSettlementTasklet implements Tasklet {

    private enum Phase { CLAIM, PLAN, SUBMIT }

    private final SchemeConfig scheme;
    private final LocalDate businessDate;
    private final DueInstructionClaimer claimer;
    private final FilePlanner planner;
    private final BatchSubmitter submitter;
    private final int claimChunkSize;
    private Phase phase = Phase.CLAIM;
    // The claim walks forward by instruction id; 0 claims from the start.
    private long claimedUpTo;
    // Read from the ledger once planned: a planned file never changes, and the submitter checks under its lock
    // that the file's rows are still to be submitted.
    private final Queue<PlannedFile> toSubmit = new ArrayDeque<>();

    SchemeSettlementTasklet(SchemeConfig scheme, LocalDate businessDate, DueInstructionClaimer claimer,
            FilePlanner planner, BatchSubmitter submitter, int claimChunkSize) {
        this.scheme = scheme;
        this.businessDate = businessDate;
        this.claimer = claimer;
        this.planner = planner;
        this.submitter = submitter;
        this.claimChunkSize = claimChunkSize;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        switch (phase) {
            case CLAIM -> {
                List<ClaimedPayment> claimed = claimer.claim(scheme, businessDate, executionId, claimChunkSize,
                        claimedUpTo);
                claimed.forEach(payment -> contribution.incrementReadCount());
                if (!claimed.isEmpty()) {
                    claimedUpTo = claimed.get(claimed.size() - 1).instructionId();
                } else if (claimedUpTo > 0) {
                    // Once more from the start: rows another transaction held when the claim passed them.
                    claimedUpTo = 0;
                } else {
                    ended(chunkContext, SettlementJobs.CLAIM_ENDED_AT);
                    phase = Phase.PLAN;
                }
            }
            case PLAN -> {
                toSubmit.addAll(planner.plan(scheme, businessDate));
                ended(chunkContext, SettlementJobs.PLAN_ENDED_AT);
                phase = Phase.SUBMIT;
            }
            case SUBMIT -> {
                PlannedFile next = toSubmit.poll();
                if (next == null) {
                    return RepeatStatus.FINISHED;
                }
                contribution.incrementWriteCount(submitter.submit(scheme, next, executionId));
            }
        }
        return RepeatStatus.CONTINUABLE;
    }

    // The system's time, not the injected clock: it is compared with the step execution's own start and end.
    private static void ended(ChunkContext chunkContext, String key) {
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong(key,
                System.currentTimeMillis());
    }
}
