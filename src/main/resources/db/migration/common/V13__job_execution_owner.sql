-- Which process runs each job execution marked running, and when it last said it is alive. A row lives from the
-- job's start to its end, so a row left behind names a process that died: the stale-execution check compares its
-- owner and heartbeat, not just the execution's age. No foreign key to BATCH_JOB_EXECUTION, so that housekeeping
-- of Spring Batch metadata is never held up by it.
CREATE TABLE job_execution_owner (
    job_execution_id    BIGINT PRIMARY KEY,
    job_name            VARCHAR(100) NOT NULL,
    host                VARCHAR(255) NOT NULL,
    pid                 BIGINT NOT NULL,
    process_started_at  TIMESTAMP WITH TIME ZONE,
    instance_id         VARCHAR(36) NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX job_execution_owner_instance ON job_execution_owner (instance_id);
