package dev.settle.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresIntegrationTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executions marked running are told apart by their owner: {@code settle recover} refuses one whose process still
 * runs, {@code settle executions --stuck} and {@code settle recover --stale} find and recover one whose process is
 * gone, and of two nodes recovering the same execution only one does.
 */
@PostgresIntegrationTest
class StaleExecutionsIntegrationTests {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ExecutionOwners owners;

    @Autowired
    StaleExecutions staleExecutions;

    @Autowired
    JdbcClient jdbc;

    String dataDir = CliRun.newDataDir();

    @Test
    void anExecutionWhoseProcessRunsIsRecoveredOnlyWhenForced() {
        long id = startedExecution();
        ProcessHandle self = ProcessHandle.current();
        owners.register(id, "settlementJob", new ProcessIdentity(ProcessIdentity.current().host(), self.pid(),
                self.info().startInstant().orElse(null), UUID.randomUUID().toString()), Instant.now());

        CliRun refused = CliRun.run(dataDir, "recover", String.valueOf(id));
        CliRun stuck = CliRun.run(dataDir, "executions", "--stuck", "--json");
        CliRun forced = CliRun.run(dataDir, "recover", String.valueOf(id), "--force", "--json");

        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("its process looks alive: process " + self.pid(), "is running",
                "'settle stop " + id + "'", "--force");
        assertThat(stuck.out()).doesNotContain("\"executionId\" : " + id + ",");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(forced.out()).get("status").asString()).isEqualTo("FAILED");
        assertThat(ownerRows(id)).as("the owner row goes with the recovery").isZero();
    }

    @Test
    void anExecutionWhoseProcessIsGoneIsListedAsStuckAndRecoveredByTheStaleCommand() throws Exception {
        long id = startedExecution();
        ProcessHandle dead = new ProcessBuilder("true").start().toHandle();
        dead.onExit().get();
        owners.register(id, "settlementJob", new ProcessIdentity(ProcessIdentity.current().host(), dead.pid(),
                Instant.now(), UUID.randomUUID().toString()), Instant.now());

        CliRun stuck = CliRun.run(dataDir, "executions", "--stuck");
        CliRun stop = CliRun.run(dataDir, "stop", String.valueOf(id));
        CliRun recovered = CliRun.run(dataDir, "recover", "--stale");

        assertThat(stuck.exitCode()).isZero();
        assertThat(stuck.out()).containsPattern(id + "\\s+settlementJob\\s+STARTED\\s+process " + dead.pid()
                + " on \\S+ is gone");
        assertThat(stop.exitCode()).isEqualTo(4);
        assertThat(stop.err()).contains("nothing will stop it", "settle recover " + id);
        assertThat(recovered.exitCode()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("Execution " + id + " of settlementJob is now FAILED; restart it with "
                + "'settle restart " + id + "'");
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(CliRun.run(dataDir, "executions", "--stuck").out()).doesNotContainPattern("(?m)^" + id + "\\s");
    }

    @Test
    void ofTwoNodesRecoveringTheSameStaleExecutionOnlyOneDoes() throws Exception {
        long id = startedExecution();
        owners.register(id, "settlementJob", new ProcessIdentity("another-host", 4242, null,
                UUID.randomUUID().toString()), Instant.now().minusSeconds(3600));
        StaleExecutions.Judged judged = staleExecutions.judge(id).orElseThrow();
        assertThat(judged.verdict().stale()).as(judged.verdict().reason()).isTrue();

        assertThat(staleExecutions.recover(judged)).as("the first node").isPresent();
        assertThat(staleExecutions.recover(judged)).as("the second node, with the same view").isEmpty();
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void anOwnerWhoseHeartbeatMovedOnAfterItWasJudgedIsNotRecovered() {
        long id = startedExecution();
        ProcessIdentity remote = new ProcessIdentity("another-host", 4242, null, UUID.randomUUID().toString());
        owners.register(id, "settlementJob", remote, Instant.now().minusSeconds(3600));
        StaleExecutions.Judged judged = staleExecutions.judge(id).orElseThrow();

        owners.heartbeat(remote, Instant.now());

        assertThat(staleExecutions.recover(judged)).isEmpty();
        assertThat(status(id)).isEqualTo("STARTED");
        assertThat(staleExecutions.judge(id).orElseThrow().verdict().stale()).isFalse();
    }

    private long startedExecution() {
        JobParameters parameters = new JobParametersBuilder().addString("test", UUID.randomUUID().toString())
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("settlementJob", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);
        return execution.getId();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(id)
                .query(String.class).single();
    }

    private long ownerRows(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM job_execution_owner WHERE job_execution_id = ?").param(id)
                .query(Long.class).single();
    }
}
