package fr.fichesmetiers.jobs.history;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportRequest;
import fr.fichesmetiers.jobs.definition.DefinitionRunRequest;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.TextTable;

/** {@code history}: the runs, most recent first, with their status and counters. */
@Component
public class HistoryView {

    private final JobRepository repository;
    private final RunOutcomes outcomes;

    HistoryView(JobRepository repository, RunOutcomes outcomes) {
        this.repository = repository;
        this.outcomes = outcomes;
    }

    /** @param job only this job's runs (any case), or {@code null} for all */
    public void print(String job, int limit, Messages m, PrintWriter out) {
        List<JobExecution> executions = new ArrayList<>();
        for (String name : repository.getJobNames()) {
            if (job == null || job.equalsIgnoreCase(name)) {
                for (JobInstance instance : repository.getJobInstances(name, 0, Math.max(1, limit))) {
                    executions.addAll(repository.getJobExecutions(instance));
                }
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        TextTable table = new TextTable(40, List.of("ID", m.get("history.job"), m.get("history.start"),
                m.get("run.col.time"), m.get("run.col.status"), m.get("run.col.read"), m.get("run.col.written"),
                m.get("run.col.rejected"), m.get("run.col.failed")), true, false, false, true, false, true, true, true,
                true);
        for (JobExecution e : executions.subList(0, Math.min(limit, executions.size()))) {
            String parent = DefinitionRunRequest.parentDefinition(e);
            // A validate runs the import job without publishing: said, so that it is not taken for an import.
            String name = e.getJobInstance().getJobName() + (isValidate(e) ? " (validate)" : "")
                    + (parent != null ? " ← " + parent : "");
            long[] counts = counters(e);
            table.add(List.of(String.valueOf(e.getId()), name, RunTexts.time(e.getStartTime()),
                    RunTexts.seconds(RunTexts.duration(e), m), e.getStatus().name(), String.valueOf(counts[0]),
                    String.valueOf(counts[1]), String.valueOf(counts[2]), String.valueOf(counts[3])));
        }
        if (table.isEmpty()) {
            out.println(m.get("history.none"));
        }
        else {
            table.print(out);
        }
    }

    private static boolean isValidate(JobExecution e) {
        return e.getJobInstance().getJobName().equals(ImportKeys.JOB)
                && ImportRequest.of(e.getJobParameters()).dryRun();
    }

    /**
     * Read, written, rejected and failed, counted as the run summary counts them: a run of a definition adds up its
     * steps' rows, a feature job shows the row of the step that launched it. Any other job sums its own steps.
     */
    private long[] counters(JobExecution e) {
        boolean definitionRun = DefinitionRunRequest.isDefinitionRun(e);
        StepOutcome job = definitionRun ? null : outcomes.ofJob(e);
        List<StepOutcome> steps = definitionRun ? outcomes.of(e) : job == null ? null : List.of(job);
        if (steps == null) {
            return new long[] {e.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum(),
                    e.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum(),
                    e.getStepExecutions().stream().mapToLong(s -> s.getSkipCount() + s.getFilterCount()).sum(), 0};
        }
        return new long[] {steps.stream().mapToLong(StepOutcome::read).sum(),
                steps.stream().mapToLong(StepOutcome::written).sum(),
                steps.stream().mapToLong(StepOutcome::rejected).sum(),
                steps.stream().mapToLong(StepOutcome::failed).sum()};
    }
}
