package fr.fichesmetiers.jobs.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParametersIncrementer;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import fr.fichesmetiers.jobs.history.RunOutcomes;

/**
 * Links a step of a run to the execution of the feature job it starts. As that execution starts, it records its
 * parent (the run's execution and step) in its own context, and the step records it in the step's context, both
 * saved at once: a run killed in the middle of a step still says which execution the step was running. Spring
 * Batch's {@code JobStep} keeps the child's parameters under a private key; this does not depend on it.
 */
final class ChildJobLink implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ChildJobLink.class);
    private final JobRepository repository;
    private StepExecution step;

    ChildJobLink(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
    }

    /** The feature job as the step starts it: the same job, which notes the link first. */
    Job linked(Job featureJob) {
        return new Job() {
            @Override
            public String getName() {
                return featureJob.getName();
            }

            @Override
            public boolean isRestartable() {
                return featureJob.isRestartable();
            }

            @Override
            public JobParametersIncrementer getJobParametersIncrementer() {
                return featureJob.getJobParametersIncrementer();
            }

            @Override
            public JobParametersValidator getJobParametersValidator() {
                return featureJob.getJobParametersValidator();
            }

            @Override
            public void execute(JobExecution child) throws JobInterruptedException {
                record(child);
                featureJob.execute(child);
            }
        };
    }

    private void record(JobExecution child) {
        child.getExecutionContext().putLong(RunOutcomes.PARENT_EXECUTION, step.getJobExecutionId());
        child.getExecutionContext().putString(RunOutcomes.PARENT_STEP, step.getStepName());
        repository.updateExecutionContext(child);
        step.getExecutionContext().putLong(RunOutcomes.CHILD_EXECUTION, child.getId());
        repository.updateExecutionContext(step);
        log.info("event=run.step.child execution={} step={} child={} job={}", step.getJobExecutionId(),
                step.getStepName(), child.getId(), child.getJobInstance().getJobName());
    }
}
