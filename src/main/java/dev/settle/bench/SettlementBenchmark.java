package dev.settle.bench;

import dev.settle.settlement.SettlementJobs;
import dev.settle.settlement.SettlementRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Loads N due SEPA credit transfers for a fresh tenant (not measured), then runs the real {@code settlementJob}
 * for its scheme and reports what the job's step executions recorded: the instructions claimed and how long the
 * claim took, the file plan, the files written and marked submitted, the whole job, and the peak heap of the run.
 */
@Service
public class SettlementBenchmark {

    private final SettlementBenchData data;
    private final SettlementRuns runs;
    private final JobRepository jobRepository;

    public SettlementBenchmark(SettlementBenchData data, SettlementRuns runs, JobRepository jobRepository) {
        this.data = data;
        this.runs = runs;
        this.jobRepository = jobRepository;
    }

    /** One measured phase; {@code rows} is 0 where a phase moves no rows of its own. */
    public record Phase(String name, long rows, double seconds, double rowsPerSecond) {

        static Phase of(String name, long rows, long fromMillis, long toMillis) {
            double seconds = (toMillis - fromMillis) / 1000.0;
            return new Phase(name, rows, seconds, seconds > 0 ? rows / seconds : 0);
        }
    }

    /**
     * A run's figures; without phases when the job did not complete.
     *
     * @param claimed instructions claimed (the scheme step's read count)
     * @param submitted payments written to files and recorded as submitted (its write count)
     * @param files files published in the scheme's directory
     */
    public record Result(String status, long executionId, int instructions, double setupSeconds, List<Phase> phases,
            long claimed, long submitted, long files, String outputDirectory, long peakHeapBytes) {
    }

    public Result run(int instructions, long seed) throws Exception {
        long setupStarted = System.nanoTime();
        SettlementBenchData.Loaded loaded = data.load(instructions, seed);
        double setupSeconds = (System.nanoTime() - setupStarted) / 1e9;
        HeapPeak heap = HeapPeak.start();
        JobExecution run = runs.run(loaded.businessDate(), loaded.schemeId());
        long peak = heap.bytes();
        JobExecution execution = jobRepository.getJobExecution(run.getId());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new Result(execution.getStatus().name(), execution.getId(), instructions, setupSeconds, List.of(),
                    0, 0, publishedFiles(loaded.outputDirectory()), loaded.outputDirectory().toString(), peak);
        }
        StepExecution markLate = step(execution, SettlementJobs.MARK_LATE_STEP);
        StepExecution report = step(execution, SettlementJobs.REPORT_STEP);
        List<StepExecution> schemes = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(SettlementJobs.SETTLE_SCHEME_STEP + ":")).toList();
        if (schemes.size() != 1 || markLate == null || report == null) {
            throw new IllegalStateException("Execution " + execution.getId() + " of settlementJob ended "
                    + execution.getStatus() + " without one run of each step: " + execution.getStepExecutions());
        }
        StepExecution scheme = schemes.get(0);
        long claimed = scheme.getReadCount();
        long submitted = scheme.getWriteCount();
        long started = millis(scheme.getStartTime());
        long claimEnded = scheme.getExecutionContext().getLong(SettlementJobs.CLAIM_ENDED_AT);
        long planEnded = scheme.getExecutionContext().getLong(SettlementJobs.PLAN_ENDED_AT);
        List<Phase> phases = List.of(
                Phase.of("mark late (" + SettlementJobs.MARK_LATE_STEP + ")", markLate.getWriteCount(),
                        millis(markLate.getStartTime()), millis(markLate.getEndTime())),
                Phase.of("claim due instructions", claimed, started, claimEnded),
                Phase.of("plan files", claimed, claimEnded, planEnded),
                Phase.of("write files, record submitted", submitted, planEnded, millis(scheme.getEndTime())),
                Phase.of("report (" + SettlementJobs.REPORT_STEP + ")", 0, millis(report.getStartTime()),
                        millis(report.getEndTime())),
                Phase.of("settlementJob in total", submitted, millis(execution.getStartTime()),
                        millis(execution.getEndTime())));
        return new Result(execution.getStatus().name(), execution.getId(), instructions, setupSeconds, phases,
                claimed, submitted, publishedFiles(loaded.outputDirectory()), loaded.outputDirectory().toString(), peak);
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst()
                .orElse(null);
    }

    // Spring Batch stamps step and job executions with the system's local date-time.
    private static long millis(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static long publishedFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xml")).count();
        }
    }
}
