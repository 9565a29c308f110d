package fr.fichesmetiers.jobs.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.support.Messages;

/** Finds executions in the job repository for the commands that name one or look for running ones. */
@Component
public class Executions {

    private final JobRepository repository;
    private final JdbcTemplate jdbc;

    Executions(JobRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** The execution with this id, or a message (exit 2) saying there is none. */
    public JobExecution find(long id, Messages m) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(id);
        }
        catch (EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new UserException(ExitCodes.USAGE, m.get("execution.unknown", String.valueOf(id)));
        }
        return execution;
    }

    /** Every execution the repository says is running (or was, when its process died), oldest first. */
    public List<JobExecution> running() {
        List<JobExecution> running = new ArrayList<>();
        for (String name : repository.getJobNames()) {
            running.addAll(repository.findRunningJobExecutions(name));
        }
        running.sort(Comparator.comparingLong(JobExecution::getId));
        return running;
    }

    /**
     * Asks a running execution to stop at its next chunk boundary, through its job execution alone. The running
     * step reads STOPPING when it saves its next chunk ({@code JobRepository.update(StepExecution)}) and ends
     * STOPPED. {@code JobOperator.stop} does the same and then also writes the running step's execution from the
     * copy just read: on PostgreSQL that write meets the step's own (from its thread, or its host) and one of them
     * fails on its version (OptimisticLockingFailureException), which ends the run FAILED instead of STOPPED.
     */
    public void requestStop(JobExecution execution) {
        for (int attempt = 1;; attempt++) {
            JobExecution current = repository.getJobExecution(execution.getId());
            if (current == null || !current.isRunning() || current.getStatus() == BatchStatus.STOPPING) {
                return;
            }
            current.setStatus(BatchStatus.STOPPING);
            try {
                repository.update(current);
                return;
            }
            catch (OptimisticLockingFailureException e) {
                // The run saved its execution meanwhile: read it again.
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The highest execution id so far (0 when none): the executions a command starts come after it. */
    public long lastId() {
        Long id = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        return id == null ? 0 : id;
    }

    /**
     * Steps still marked running in executions that are not (a process stopped at once while its run was being
     * stopped): {@code [job execution id, step execution id]} pairs.
     */
    public List<long[]> orphanSteps() {
        return jdbc.query("SELECT s.JOB_EXECUTION_ID, s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s"
                + " JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                + " WHERE s.STATUS IN ('STARTING', 'STARTED', 'STOPPING')"
                + " AND j.STATUS NOT IN ('STARTING', 'STARTED', 'STOPPING')",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    /** The first execution after an id that ended STOPPED, if any. */
    public OptionalLong firstStoppedAfter(long id) {
        Long stopped = jdbc.queryForObject("SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION"
                + " WHERE JOB_EXECUTION_ID > ? AND STATUS = 'STOPPED'", Long.class, id);
        return stopped == null ? OptionalLong.empty() : OptionalLong.of(stopped);
    }
}
