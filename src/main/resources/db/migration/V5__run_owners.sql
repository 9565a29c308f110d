-- Who runs each execution (issue 17): the host, the process and its last sign of life. Several hosts may share
-- one catalog on PostgreSQL; recover marks failed only the executions whose owner is gone (its process is dead on
-- this host, or it gave no sign of life for longer than fiches.run-lock.owner-timeout), never a live run of
-- another host. Times are the database's clock (LOCALTIMESTAMP), so hosts' clocks need not agree.
CREATE TABLE run_owner (
    job_execution_id    BIGINT          NOT NULL PRIMARY KEY,
    host                VARCHAR(255)    NOT NULL,
    pid                 BIGINT          NOT NULL,
    -- When the owning process started, as its system says: a pid reused by another process is not the owner.
    process_started_at  TIMESTAMP,
    started_at          TIMESTAMP       NOT NULL,
    heartbeat_at        TIMESTAMP       NOT NULL,
    CONSTRAINT run_owner_execution FOREIGN KEY (job_execution_id)
        REFERENCES BATCH_JOB_EXECUTION (JOB_EXECUTION_ID) ON DELETE CASCADE
);
