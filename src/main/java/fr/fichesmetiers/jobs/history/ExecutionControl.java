package fr.fichesmetiers.jobs.history;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportStaging;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.support.Messages;

/** {@code stop}, {@code abandon} and {@code recover}: what to do with executions that will not finish by themselves. */
@Component
public class ExecutionControl {

    private final Executions executions;
    private final JobOperator operator;
    private final JobRepository repository;
    private final ImportStaging staging;
    private final RunOwners owners;

    ExecutionControl(Executions executions, JobOperator operator, JobRepository repository, ImportStaging staging,
            RunOwners owners) {
        this.executions = executions;
        this.operator = operator;
        this.repository = repository;
        this.staging = staging;
        this.owners = owners;
    }

    /** Asks a running execution to stop at its next chunk boundary. */
    public void stop(long id, Messages m, PrintWriter out) throws Exception {
        JobExecution execution = executions.find(id, m);
        if (!execution.isRunning()) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.notRunning", String.valueOf(id),
                    RunTexts.status(execution.getStatus().name(), m)));
        }
        executions.requestStop(execution);
        // A run's step waits on the feature job it started: that one stops at its chunk, and the run with it.
        for (JobExecution running : executions.running()) {
            if (running.getExecutionContext().containsKey(RunOutcomes.PARENT_EXECUTION)
                    && running.getExecutionContext().getLong(RunOutcomes.PARENT_EXECUTION) == id) {
                executions.requestStop(running);
            }
        }
        out.println(m.get("execution.stopping", String.valueOf(id)));
    }

    /** Gives a failed or stopped execution up for good; the caller holds the run lock. */
    public void abandon(long id, Messages m, PrintWriter out) throws Exception {
        JobExecution execution = executions.find(id, m);
        // Batch refuses a finished run as if it were still running: say what it really is.
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.notAbandonable", String.valueOf(id),
                    RunTexts.status(execution.getStatus().name(), m)));
        }
        // A run gives up with it the feature jobs its steps left unfinished, or they would stay restartable.
        List<JobExecution> children = unfinishedChildren(execution);
        try {
            operator.abandon(execution);
            for (JobExecution child : children) {
                if (child.getStatus() != BatchStatus.ABANDONED) {
                    operator.abandon(child);
                }
            }
        }
        catch (JobExecutionAlreadyRunningException e) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.stillRunning", String.valueOf(id)));
        }
        discardImportStaging(execution);
        children.forEach(this::discardImportStaging);
        out.println(m.get("execution.abandoned", String.valueOf(id)));
    }

    /** The last execution of each feature job a run's steps started, when it did not complete. */
    private List<JobExecution> unfinishedChildren(JobExecution run) {
        List<JobExecution> children = new ArrayList<>();
        for (JobExecution execution : repository.getJobExecutions(run.getJobInstance())) {
            for (StepExecution step : execution.getStepExecutions()) {
                if (!step.getExecutionContext().containsKey(RunOutcomes.CHILD_EXECUTION)) {
                    continue;
                }
                JobExecution child = repository.getLastJobExecution(repository.getJobExecution(
                        step.getExecutionContext().getLong(RunOutcomes.CHILD_EXECUTION)).getJobInstance());
                if (child != null && child.getStatus() != BatchStatus.COMPLETED
                        && children.stream().noneMatch(c -> c.getId() == child.getId())) {
                    children.add(child);
                }
            }
        }
        return children;
    }

    /** An abandoned import is never published: what it staged (FAQ texts included) is given up with it. */
    private void discardImportStaging(JobExecution execution) {
        if (execution.getJobInstance().getJobName().equals(ImportKeys.JOB)) {
            staging.discard(execution.getJobInstance().getInstanceId());
        }
    }

    /**
     * Marks failed the executions a dead process left running (kill -9, power cut), so that they can be
     * restarted: only those whose owner is gone ({@link RunOwners#gone}). A live run, of this host or of another
     * one sharing the catalog, is named and left alone.
     */
    public void recover(Messages m, PrintWriter out) {
        List<JobExecution> stale = new ArrayList<>();
        List<JobExecution> running = executions.running();
        for (JobExecution execution : running) {
            Optional<RunOwners.Owner> owner = owners.owner(execution.getId());
            if (owners.gone(execution.getId(), owner)) {
                stale.add(execution);
                continue;
            }
            out.println(owner.map(o -> m.get("recover.alive", String.valueOf(execution.getId()),
                    execution.getJobInstance().getJobName(), o.host(), String.valueOf(o.pid()),
                    String.valueOf(o.silence().toSeconds())))
                    .orElseGet(() -> m.get("recover.starting", String.valueOf(execution.getId()),
                            execution.getJobInstance().getJobName())));
        }
        for (JobExecution execution : stale) {
            operator.recover(execution);
            out.println(m.get("recover.done", String.valueOf(execution.getId()),
                    execution.getJobInstance().getJobName()));
        }
        if (running.isEmpty()) {
            out.println(m.get("recover.none"));
        }
        else if (!stale.isEmpty()) {
            out.println(m.get("recover.next", String.valueOf(stale.get(0).getId())));
        }
    }
}
