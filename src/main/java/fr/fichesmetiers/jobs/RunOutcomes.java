package fr.fichesmetiers.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportResults;

/**
 * Links a run's steps to the feature-job executions they started and reads their results, for every view of a
 * run: the summary printed at the end, {@code show-run}, the HTML report.
 */
final class RunOutcomes {

    /** Key of the child execution id in a step's context. */
    static final String CHILD_EXECUTION = "run.childExecution";
    private static final String JOB_PARAMETERS_KEY = org.springframework.batch.core.step.job.JobStep.class.getName()
            + ".JOB_PARAMETERS";

    private final JobRepository repository;
    private final ImportResults imports;
    private final BrochureResults brochures;
    private final ComparisonResults comparisons;

    RunOutcomes(JobRepository repository, ImportResults imports, BrochureResults brochures,
            ComparisonResults comparisons) {
        this.repository = repository;
        this.imports = imports;
        this.brochures = brochures;
        this.comparisons = comparisons;
    }

    /** Records, after each step, which execution of its feature job it ran (JobStep does not say). */
    StepExecutionListener childRecorder() {
        return new StepExecutionListener() {
            @Override
            public org.springframework.batch.core.ExitStatus afterStep(StepExecution step) {
                Object params = step.getExecutionContext().get(JOB_PARAMETERS_KEY);
                String kind = step.getStepName().replaceFirst("^\\d+-", "");
                String jobName = switch (kind) {
                    case "import" -> ImportKeys.JOB;
                    case "brochures" -> BrochureKeys.JOB;
                    default -> ComparisonKeys.JOB;
                };
                if (params instanceof JobParameters parameters) {
                    JobExecution child = repository.getLastJobExecution(jobName, parameters);
                    if (child != null) {
                        step.getExecutionContext().putLong(CHILD_EXECUTION, child.getId());
                    }
                }
                return null;
            }
        };
    }

    /** The outcome of every step of a run, over all its executions (a restarted step shows its last attempt). */
    List<StepOutcome> of(JobExecution run) {
        List<StepExecution> steps = new ArrayList<>();
        for (JobExecution execution : repository.getJobExecutions(run.getJobInstance())) {
            for (StepExecution step : execution.getStepExecutions()) {
                steps.removeIf(s -> s.getStepName().equals(step.getStepName()) && s.getId() < step.getId());
                if (steps.stream().noneMatch(s -> s.getStepName().equals(step.getStepName()))) {
                    steps.add(step);
                }
            }
        }
        steps.sort(Comparator.comparing(StepExecution::getStepName));
        List<StepOutcome> outcomes = new ArrayList<>();
        for (StepExecution step : steps) {
            outcomes.add(outcome(step));
        }
        return outcomes;
    }

    private StepOutcome outcome(StepExecution step) {
        String kind = step.getStepName().replaceFirst("^\\d+-", "");
        Duration duration = step.getStartTime() == null || step.getEndTime() == null ? Duration.ZERO
                : Duration.between(step.getStartTime(), step.getEndTime());
        Long childId = step.getExecutionContext().containsKey(CHILD_EXECUTION)
                ? step.getExecutionContext().getLong(CHILD_EXECUTION) : null;
        JobExecution child = childId == null ? null : repository.getJobExecution(childId);
        return new StepOutcome(step.getStepName(), kind, step.getStatus().name(), childId, duration,
                child != null && kind.equals("import") ? imports.of(child) : null,
                child != null && kind.equals("brochures") ? brochures.of(child) : null,
                child != null && kind.equals("compare") ? comparisons.of(child) : null);
    }
}
