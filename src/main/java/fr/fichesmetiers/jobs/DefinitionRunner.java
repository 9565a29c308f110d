package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.importing.Violation;
import fr.fichesmetiers.support.ConsoleProgress;
import fr.fichesmetiers.support.Messages;

/**
 * Runs (or restarts) a job definition, then writes what the morning after needs: the summary, the HTML run report
 * and the manifest of the output folder.
 */
final class DefinitionRunner {

    private static final Logger log = LoggerFactory.getLogger(DefinitionRunner.class);
    private final SpringContext spring;
    private final Messages messages;
    private final PrintWriter out;

    DefinitionRunner(SpringContext spring, Messages messages, PrintWriter out) {
        this.spring = spring;
        this.messages = messages;
        this.out = out;
    }

    /** Where a run's manifest and report go. */
    record Result(JobExecution execution, List<StepOutcome> steps, int exitCode, Path report) {
    }

    /** @param lock the run lock, told which execution holds it once it starts */
    Result run(JobDefinition definition, RunLock lock) throws Exception {
        return launch(definition, DefinitionJobFactory.parameters(definition), lock);
    }

    /** Starts a failed or stopped run again with its own parameters: done steps are not run again. */
    Result restart(JobDefinition definition, JobExecution previous, RunLock lock) throws Exception {
        return launch(definition, previous.getJobParameters(), lock);
    }

    private Result launch(JobDefinition definition, JobParameters params, RunLock lock) throws Exception {
        RunOutcomes outcomes = outcomes();
        List<StepExecutionListener> listeners = new ArrayList<>(List.of(outcomes.childRecorder()));
        listeners.add(new StepLinePrinter(spring.bean(ConsoleProgress.class), messages, out));
        DefinitionJobFactory factory = new DefinitionJobFactory(spring.bean(JobRepository.class),
                spring.bean(JobOperator.class), spring.bean(ImportKeys.JOB, Job.class),
                spring.bean(BrochureKeys.JOB, Job.class), spring.bean(ComparisonKeys.JOB, Job.class));
        Job job = factory.build(definition, listeners, new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                try {
                    lock.describe("run " + definition.name() + ", exécution/execution " + execution.getId());
                }
                catch (java.io.IOException e) {
                    log.warn("event=lock.describe.failed", e);
                }
            }
        });
        JobExecution execution = spring.bean(JobOperator.class).start(job, params);
        return finish(definition, execution, outcomes);
    }

    private Result finish(JobDefinition definition, JobExecution execution, RunOutcomes outcomes) throws Exception {
        List<StepOutcome> steps = outcomes.of(execution);
        RunSummaryPrinter.print(execution, steps, messages, out);
        Path output = definition.outputOrDefault().toAbsolutePath().normalize();
        List<Violation> rejects = new ArrayList<>();
        Long version = null;
        for (StepOutcome step : steps) {
            if (step.imported() != null && step.childExecutionId() != null) {
                rejects.addAll(spring.bean(ImportResults.class).rejects(
                        spring.bean(JobRepository.class).getJobExecution(step.childExecutionId()), 500));
                version = step.imported().versionId();
            }
        }
        Path report = RunReportWriter.write(output, execution, steps, rejects, messages);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run", execution.getId());
        run.put("job", definition.name());
        run.put("status", execution.getStatus().name());
        run.put("catalogVersion", version != null ? version
                : spring.bean(fr.fichesmetiers.fiche.CatalogRepository.class).currentVersion().map(v -> v.id())
                        .orElse(null));
        run.put("startedAt", String.valueOf(execution.getStartTime()));
        run.put("endedAt", String.valueOf(execution.getEndTime()));
        Path manifest = RunManifestWriter.write(output, run, spring.bean(BrochureResults.class).checksums(output));
        out.println(messages.get("run.report", report.toString()));
        out.println(messages.get("run.manifest", manifest.toString()));
        int exit = exitCode(execution, steps);
        log.info("event=run.finished job={} execution={} status={} exit={}", definition.name(), execution.getId(),
                execution.getStatus(), exit);
        return new Result(execution, steps, exit, report);
    }

    private RunOutcomes outcomes() {
        return new RunOutcomes(spring.bean(JobRepository.class), spring.bean(ImportResults.class),
                spring.bean(BrochureResults.class), spring.bean(ComparisonResults.class));
    }

    static int exitCode(JobExecution execution, List<StepOutcome> steps) {
        if (execution.getStatus().isUnsuccessful() || execution.getStatus().name().equals("STOPPED")) {
            return ExitCodes.FAILED;
        }
        return steps.stream().mapToInt(StepOutcome::exitCode).anyMatch(c -> c == ExitCodes.FAILED) ? ExitCodes.FAILED
                : steps.stream().mapToInt(StepOutcome::exitCode).max().orElse(0);
    }
}
