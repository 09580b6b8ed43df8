package dev.settle.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * How commands print job executions and their steps: as table rows for people and as maps for {@code --json}. Times
 * are Spring Batch's own, in this machine's time zone; a running execution's duration runs up to now.
 */
final class ExecutionOutput {

    static final List<String> HEADERS = List.of("ID", "JOB", "STATUS", "EXIT", "STARTED", "DURATION", "PARAMETERS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LocalDateTime now;

    ExecutionOutput(Clock clock) {
        this.now = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    List<String> row(JobExecution execution) {
        return List.of(String.valueOf(execution.getId()), execution.getJobInstance().getJobName(),
                execution.getStatus().name(), execution.getExitStatus().getExitCode(), time(execution.getStartTime()),
                duration(execution.getStartTime(), execution.getEndTime()), parameters(execution));
    }

    Map<String, Object> summary(JobExecution execution) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("executionId", execution.getId());
        summary.put("job", execution.getJobInstance().getJobName());
        summary.put("status", execution.getStatus().name());
        summary.put("exitCode", execution.getExitStatus().getExitCode());
        summary.put("exitDescription", firstLine(execution.getExitStatus().getExitDescription()));
        summary.put("parameters", execution.getJobParameters().parameters().stream().collect(Collectors.toMap(
                parameter -> parameter.name(), parameter -> String.valueOf(parameter.value()), (a, b) -> a,
                LinkedHashMap::new)));
        summary.put("created", String.valueOf(execution.getCreateTime()));
        summary.put("started", String.valueOf(execution.getStartTime()));
        summary.put("ended", String.valueOf(execution.getEndTime()));
        summary.put("durationSeconds", seconds(execution.getStartTime(), execution.getEndTime()));
        return summary;
    }

    Map<String, Object> step(StepExecution step) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("step", step.getStepName());
        summary.put("status", step.getStatus().name());
        summary.put("read", step.getReadCount());
        summary.put("written", step.getWriteCount());
        summary.put("filtered", step.getFilterCount());
        summary.put("skipped", step.getSkipCount());
        summary.put("commits", step.getCommitCount());
        summary.put("rollbacks", step.getRollbackCount());
        summary.put("durationSeconds", seconds(step.getStartTime(), step.getEndTime()));
        summary.put("exitCode", step.getExitStatus().getExitCode());
        summary.put("exitDescription", firstLine(step.getExitStatus().getExitDescription()));
        return summary;
    }

    /** Prints what a command did to an execution: {@code text} for people, the execution's summary as JSON. */
    void print(PrintWriter out, JobExecution execution, boolean json, String text) {
        if (json) {
            CliOutput.json(out, summary(execution));
        } else {
            out.println(text);
            out.flush();
        }
    }

    static String parameters(JobExecution execution) {
        return execution.getJobParameters().parameters().stream()
                .map(parameter -> parameter.name() + "=" + parameter.value()).sorted()
                .collect(Collectors.joining(" "));
    }

    String duration(LocalDateTime start, LocalDateTime end) {
        Double seconds = seconds(start, end);
        return seconds == null ? "" : String.format("%.1f s", seconds);
    }

    private Double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null ? null : Duration.between(start, end == null ? now : end).toMillis() / 1000.0;
    }

    static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
