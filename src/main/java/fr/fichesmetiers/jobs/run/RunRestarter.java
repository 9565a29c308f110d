package fr.fichesmetiers.jobs.run;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.definition.DefinitionRunRequest;
import fr.fichesmetiers.jobs.definition.JobDefinition;
import fr.fichesmetiers.jobs.definition.JobDefinitionLoader;
import fr.fichesmetiers.jobs.history.Executions;
import fr.fichesmetiers.jobs.history.RunTexts;
import fr.fichesmetiers.support.Messages;

/** {@code restart ID}: continues a failed or stopped run from its last committed chunk. */
@Component
public class RunRestarter {

    private static final Logger log = LoggerFactory.getLogger(RunRestarter.class);
    private final Executions executions;
    private final DefinitionRunner definitions;
    private final JobOperator operator;
    private final JobRepository repository;
    private final List<Job> jobs;

    RunRestarter(Executions executions, DefinitionRunner definitions, JobOperator operator, JobRepository repository,
            List<Job> jobs) {
        this.repository = repository;
        this.executions = executions;
        this.definitions = definitions;
        this.operator = operator;
        this.jobs = jobs;
    }

    /** @return the exit code of the restarted run */
    public int restart(long id, RunLock lock, Messages m, PrintWriter out) throws Exception {
        try {
            return restartUnlessRunning(id, lock, m, out);
        }
        catch (JobExecutionAlreadyRunningException e) {
            // A step job of the run that a dead process left started (kill -9, a halt on a second signal).
            throw new UserException(ExitCodes.FAILED, m.get("execution.stillRunning", String.valueOf(id)));
        }
    }

    /**
     * A process halted while its run was being stopped can leave the run STOPPED and one of its steps STARTED,
     * which Spring Batch takes for a run still going. Under the run lock no live process owns them: they are
     * closed as their run ended.
     */
    private void closeOrphanSteps() {
        for (long[] ids : executions.orphanSteps()) {
            StepExecution step = repository.getStepExecution(ids[0], ids[1]);
            if (step == null) {
                continue;
            }
            BatchStatus ended = step.getJobExecution().getStatus();
            step.setStatus(ended);
            step.setExitStatus(new ExitStatus(ended.name()));
            step.setEndTime(LocalDateTime.now());
            repository.update(step);
            log.info("event=restart.orphan.step execution={} step={} status={}", ids[0], step.getStepName(), ended);
        }
    }

    private int restartUnlessRunning(long id, RunLock lock, Messages m, PrintWriter out) throws Exception {
        closeOrphanSteps();
        JobExecution previous = executions.find(id, m);
        BatchStatus status = previous.getStatus();
        if (status == BatchStatus.STARTED || status == BatchStatus.STARTING || status == BatchStatus.STOPPING) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.stillRunning", String.valueOf(id)));
        }
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            throw new UserException(ExitCodes.FAILED, m.get("execution.notRestartable", String.valueOf(id),
                    RunTexts.status(status.name(), m)));
        }
        if (DefinitionRunRequest.isDefinitionRun(previous)) {
            JobDefinition loaded = new JobDefinitionLoader(m)
                    .load(DefinitionRunRequest.of(previous.getJobParameters()).definitionFile());
            return definitions.restart(loaded, previous, lock, m, out).exitCode();
        }
        String name = previous.getJobInstance().getJobName();
        Job job = jobs.stream().filter(j -> j.getName().equals(name)).findFirst().orElseThrow(
                () -> new UserException(ExitCodes.FAILED, m.get("execution.notRestartable", String.valueOf(id), name)));
        JobExecution execution = operator.start(job, previous.getJobParameters());
        out.println(m.get("execution.restarted", String.valueOf(id), String.valueOf(execution.getId()),
                RunTexts.status(execution.getStatus().name(), m)));
        return execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.DONE : ExitCodes.FAILED;
    }
}
