package fr.fichesmetiers.jobs.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.support.Messages;

/** Finds executions in the job repository for the commands that name one or look for running ones. */
@Component
public class Executions {

    private final JobRepository repository;

    Executions(JobRepository repository) {
        this.repository = repository;
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
}
