package fr.fichesmetiers.jobs.history;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.brochure.BrochureResult;
import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.site.SiteKeys;
import fr.fichesmetiers.site.SiteResults;

/**
 * Links a run's steps to the feature-job executions they started and reads their results, for every view of a
 * run: the summary printed at the end, {@code history}, {@code show-run}, the HTML report.
 */
@Component
public class RunOutcomes {

    /**
     * Key of a run step's context naming the feature-job execution the step started (written as that execution
     * starts, so that even a killed run says which one it was).
     */
    public static final String CHILD_EXECUTION = "run.childExecution";
    /** Keys of a feature job's context naming the run (execution and step) that started it. */
    public static final String PARENT_EXECUTION = "run.parentExecution";
    public static final String PARENT_STEP = "run.parentStep";

    private final JobRepository repository;
    private final ImportResults imports;
    private final BrochureResults brochures;
    private final ComparisonResults comparisons;
    private final SiteResults sites;

    RunOutcomes(JobRepository repository, ImportResults imports, BrochureResults brochures,
            ComparisonResults comparisons, SiteResults sites) {
        this.repository = repository;
        this.imports = imports;
        this.brochures = brochures;
        this.comparisons = comparisons;
        this.sites = sites;
    }

    /**
     * The outcome of every step of a run as it stood at the end of that execution: a restart skips the steps
     * done before, so they come from the earlier executions of the same run; later executions are left out.
     */
    public List<StepOutcome> of(JobExecution run) {
        List<StepExecution> steps = new ArrayList<>();
        for (JobExecution execution : repository.getJobExecutions(run.getJobInstance())) {
            if (execution.getId() > run.getId()) {
                continue;
            }
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
            Long childId = step.getExecutionContext().containsKey(CHILD_EXECUTION)
                    ? step.getExecutionContext().getLong(CHILD_EXECUTION) : null;
            JobExecution child = childId == null ? null : repository.getJobExecution(childId);
            // A JobStep's own message only says that "the delegate Job failed": the cause is in its job's steps.
            outcomes.add(outcome(step.getStepName(), kind(step.getStepName()), step.getStatus(), childId,
                    between(step.getStartTime(), step.getEndTime()), child,
                    child != null ? child.getStepExecutions() : List.of(step)));
        }
        return outcomes;
    }

    /**
     * A feature job's execution (launched by a run or by {@code import}, {@code brochures}, {@code compare}) with
     * the counters the run summary gives the step that launches it; {@code null} for any other job.
     */
    public StepOutcome ofJob(JobExecution execution) {
        String kind = switch (execution.getJobInstance().getJobName()) {
            case ImportKeys.JOB -> "import";
            case BrochureKeys.JOB -> "brochures";
            case ComparisonKeys.JOB -> "compare";
            case SiteKeys.JOB -> "site";
            default -> null;
        };
        return kind == null ? null : outcome(execution.getJobInstance().getJobName(), kind, execution.getStatus(),
                execution.getId(), RunTexts.duration(execution), execution, execution.getStepExecutions());
    }

    private StepOutcome outcome(String name, String kind, BatchStatus status, Long childId, Duration duration,
            JobExecution child, Collection<StepExecution> causes) {
        ImportResult imported = child != null && kind.equals("import") ? imports.of(child) : null;
        String failure = null;
        // A refused import already says why, with its rule, in the summary; a stopped step was asked to stop.
        if (status != BatchStatus.COMPLETED && status != BatchStatus.STOPPED
                && (imported == null || imported.refusalMessage() == null)) {
            failure = causes.stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                    .map(s -> RunTexts.cause(s.getExitStatus().getExitDescription())).filter(c -> c != null)
                    .findFirst().orElse(null);
        }
        BrochureResult rendered = child != null && kind.equals("brochures") ? brochures.of(child) : null;
        if (failure != null && rendered != null && rendered.failureMessage() != null) {
            // In the user's words (a booklet that could not be written, and why) rather than the step's.
            failure = rendered.failureMessage();
        }
        return new StepOutcome(name, kind, status.name(), childId, duration, imported, rendered,
                child != null && kind.equals("compare") ? comparisons.of(child) : null,
                child != null && kind.equals("site") ? sites.of(child) : null, failure);
    }

    /** {@code 2-brochures} → {@code brochures}. */
    private static String kind(String stepName) {
        return stepName.replaceFirst("^\\d+-", "");
    }

    /**
     * A run's exit code: 5 when it was stopped on request, 1 when it or a step failed, else the highest of its
     * steps' (3 with rejects).
     */
    public static int exitCode(JobExecution execution, List<StepOutcome> steps) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return ExitCodes.STOPPED;
        }
        if (execution.getStatus().isUnsuccessful()) {
            return ExitCodes.FAILED;
        }
        return steps.stream().mapToInt(StepOutcome::exitCode).anyMatch(c -> c == ExitCodes.FAILED) ? ExitCodes.FAILED
                : steps.stream().mapToInt(StepOutcome::exitCode).max().orElse(ExitCodes.DONE);
    }

    private static Duration between(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
