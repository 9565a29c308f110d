package fr.fichesmetiers.jobs.history;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.importing.ImportSummaryPrinter;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.definition.DefinitionRunRequest;
import fr.fichesmetiers.jobs.definition.JobDefinitionLoader;
import fr.fichesmetiers.support.Messages;

/**
 * {@code show-run ID}: one execution in full: steps, counters, exit messages, reports and outputs. A run of a
 * definition shows its steps with the counters of the run summary (those of the jobs the steps launched); any
 * other job shows its own steps.
 */
@Component
public class RunDetailsView {

    private final Executions executions;
    private final RunOutcomes outcomes;

    RunDetailsView(Executions executions, RunOutcomes outcomes) {
        this.executions = executions;
        this.outcomes = outcomes;
    }

    public void print(long id, Messages m, PrintWriter out) {
        JobExecution e = executions.find(id, m);
        boolean definitionRun = DefinitionRunRequest.isDefinitionRun(e);
        List<StepOutcome> steps = definitionRun ? outcomes.of(e) : null;
        StepOutcome job = definitionRun ? null : outcomes.ofJob(e);
        String name = e.getJobInstance().getJobName();
        String status = RunTexts.status(e.getStatus().name(), m);
        if (e.isRunning()) {
            out.println(m.get("showRun.heading", String.valueOf(id), name, status));
        }
        else {
            int exit = definitionRun ? RunOutcomes.exitCode(e, steps)
                    : job != null ? job.exitCode() : e.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
            out.println(m.get("showRun.headingExit", String.valueOf(id), name, status, String.valueOf(exit)));
        }
        String duration = RunTexts.seconds(RunTexts.duration(e), m);
        out.println(e.getEndTime() == null ? m.get("showRun.running", RunTexts.time(e.getStartTime()), duration)
                : m.get("showRun.times", RunTexts.time(e.getStartTime()), RunTexts.time(e.getEndTime()), duration));
        out.println(m.get("showRun.parameters"));
        e.getJobParameters().parameters().stream().sorted(Comparator.comparing(JobParameter::name))
                .forEach(p -> out.println("  " + p.name() + " = " + value(p.value())));
        out.println();
        if (definitionRun) {
            definitionRun(e, steps, m, out);
        }
        else {
            featureJob(e, job, m, out);
        }
    }

    private static void definitionRun(JobExecution e, List<StepOutcome> steps, Messages m, PrintWriter out) {
        RunSummaryPrinter.table(steps, m, s -> RunTexts.status(s, m)).print(out);
        for (StepOutcome s : steps) {
            if (s.imported() != null && s.imported().refusalMessage() != null) {
                out.println(m.get("summary.refused", s.imported().refusalRule().name(), s.imported().refusalMessage()));
            }
            if (s.brochures() != null) {
                out.println(RunTexts.brochureCounts(s.brochures(), m));
            }
            if (s.failure() != null) {
                out.println(m.get("run.stepFailure", s.name(), s.failure()));
            }
        }
        String children = steps.stream().filter(s -> s.childExecutionId() != null)
                .map(s -> s.name() + " → " + s.childExecutionId()).collect(Collectors.joining(", "));
        if (!children.isEmpty()) {
            out.println(m.get("showRun.children", children));
        }
        try {
            Path definition = DefinitionRunRequest.of(e.getJobParameters()).definitionFile();
            Path output = new JobDefinitionLoader(m).load(definition).outputOrDefault().toAbsolutePath().normalize();
            // A run killed before its end wrote no report; the manifest is the last finished run's.
            Path report = output.resolve("reports").resolve("run-" + e.getId() + ".html");
            if (Files.exists(report)) {
                out.println(m.get("run.report", report));
            }
            if (Files.exists(output.resolve("manifest.json"))) {
                out.println(m.get("run.manifest", output.resolve("manifest.json")));
            }
        }
        catch (UserException gone) {
            // The definition was changed or removed since: the run's other details still stand.
            out.println(gone.getMessage());
        }
    }

    private static void featureJob(JobExecution e, StepOutcome job, Messages m, PrintWriter out) {
        ExecutionContext context = e.getExecutionContext();
        if (context.containsKey(RunOutcomes.PARENT_EXECUTION)) {
            out.println(m.get("showRun.parent", String.valueOf(context.getLong(RunOutcomes.PARENT_EXECUTION)),
                    context.getString(RunOutcomes.PARENT_STEP, "?")));
            out.println();
        }
        out.println(m.get("showRun.steps"));
        for (StepExecution s : e.getStepExecutions()) {
            out.println("  " + m.get("showRun.step", s.getStepName(), RunTexts.status(s.getStatus().name(), m),
                    String.valueOf(s.getReadCount()), String.valueOf(s.getWriteCount()),
                    String.valueOf(s.getFilterCount()), String.valueOf(s.getCommitCount()),
                    String.valueOf(s.getRollbackCount())));
            String message = RunTexts.cause(s.getExitStatus().getExitDescription());
            if (message != null) {
                out.println("    " + message);
            }
        }
        if (job != null && job.imported() != null && job.imported().fichesFile() != null) {
            out.println();
            new ImportSummaryPrinter(m, out).print(job.imported());
        }
        else if (job != null) {
            out.println();
            RunSummaryPrinter.table(List.of(job), m, s -> RunTexts.status(s, m)).print(out);
            if (job.brochures() != null) {
                out.println(RunTexts.brochureCounts(job.brochures(), m));
            }
        }
    }

    private static String value(Object value) {
        return value instanceof LocalDateTime time ? RunTexts.time(time) : String.valueOf(value);
    }
}
