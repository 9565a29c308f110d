package fr.fichesmetiers.jobs.history;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.support.Messages;

/** {@code stop}, {@code abandon} and {@code recover}: what to do with executions that will not finish by themselves. */
@Component
public class ExecutionControl {

    private final Executions executions;
    private final JobOperator operator;

    ExecutionControl(Executions executions, JobOperator operator) {
        this.executions = executions;
        this.operator = operator;
    }

    /** Asks a running execution to stop at its next chunk boundary. */
    public void stop(long id, Messages m, PrintWriter out) throws Exception {
        JobExecution execution = executions.find(id, m);
        if (!execution.isRunning()) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.notRunning", String.valueOf(id),
                    RunTexts.status(execution.getStatus().name(), m)));
        }
        operator.stop(execution);
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
        try {
            operator.abandon(execution);
        }
        catch (JobExecutionAlreadyRunningException e) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.stillRunning", String.valueOf(id)));
        }
        out.println(m.get("execution.abandoned", String.valueOf(id)));
    }

    /**
     * Marks failed the executions a dead process left running (kill -9, power cut), so that they can be
     * restarted. Safe only under the run lock: then no live process can own them.
     */
    public void recover(Messages m, PrintWriter out) {
        List<JobExecution> stale = executions.running();
        for (JobExecution execution : stale) {
            operator.recover(execution);
            out.println(m.get("recover.done", String.valueOf(execution.getId()),
                    execution.getJobInstance().getJobName()));
        }
        if (stale.isEmpty()) {
            out.println(m.get("recover.none"));
        }
        else {
            out.println(m.get("recover.next", String.valueOf(stale.get(0).getId())));
        }
    }
}
