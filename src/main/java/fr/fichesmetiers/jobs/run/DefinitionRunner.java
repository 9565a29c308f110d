package fr.fichesmetiers.jobs.run;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.importing.Violation;
import fr.fichesmetiers.jobs.definition.DefinitionRunRequest;
import fr.fichesmetiers.jobs.definition.JobDefinition;
import fr.fichesmetiers.jobs.history.RunOutcomes;
import fr.fichesmetiers.jobs.history.RunSummaryPrinter;
import fr.fichesmetiers.jobs.history.StepOutcome;
import fr.fichesmetiers.support.ConsoleProgress;
import fr.fichesmetiers.support.Messages;

/**
 * Runs (or restarts) a job definition, then writes what the morning after needs: the summary, the HTML run report
 * and the manifest of the output folder.
 */
@Component
public class DefinitionRunner {

    private static final Logger log = LoggerFactory.getLogger(DefinitionRunner.class);
    private final DefinitionJobFactory factory;
    private final JobOperator operator;
    private final JobRepository repository;
    private final RunOutcomes outcomes;
    private final ImportResults imports;
    private final BrochureResults brochures;
    private final CatalogRepository catalog;
    private final ConsoleProgress progress;
    private final Environment environment;
    private final RunReportWriter reports = new RunReportWriter();

    DefinitionRunner(DefinitionJobFactory factory, JobOperator operator, JobRepository repository,
            RunOutcomes outcomes, ImportResults imports, BrochureResults brochures, CatalogRepository catalog,
            ConsoleProgress progress, Environment environment) {
        this.factory = factory;
        this.operator = operator;
        this.repository = repository;
        this.outcomes = outcomes;
        this.imports = imports;
        this.brochures = brochures;
        this.catalog = catalog;
        this.progress = progress;
        this.environment = environment;
    }

    /** What a run did, and the exit code it means. */
    public record Result(JobExecution execution, List<StepOutcome> steps, int exitCode, Path report) {
    }

    /** @param lock the run lock, told which execution holds it once it starts */
    public Result run(JobDefinition definition, RunLock lock, Messages m, PrintWriter out) throws Exception {
        return launch(definition, new DefinitionRunRequest(definition.file(), RequestTime.now()).toJobParameters(),
                lock, m, out);
    }

    /** Starts a failed or stopped run again with its own parameters: done steps are not run again. */
    public Result restart(JobDefinition definition, JobExecution previous, RunLock lock, Messages m, PrintWriter out)
            throws Exception {
        return launch(definition, previous.getJobParameters(), lock, m, out);
    }

    private Result launch(JobDefinition definition, JobParameters params, RunLock lock, Messages m, PrintWriter out)
            throws Exception {
        Job job = factory.build(definition, List.of(new StepLinePrinter(progress, m, out)), new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                lock.describeQuietly("run " + definition.name() + ", exécution/execution " + execution.getId());
            }
        });
        JobExecution execution = operator.start(job, params);
        try {
            return finish(definition, execution, m, out);
        }
        catch (Exception | Error e) {
            // The job ended, but what the morning after reads (report, manifest) is missing: the run failed.
            markFailed(execution, e);
            throw e;
        }
    }

    private Result finish(JobDefinition definition, JobExecution execution, Messages m, PrintWriter out)
            throws Exception {
        List<StepOutcome> steps = outcomes.of(execution);
        RunSummaryPrinter.print(execution, steps, m, out);
        Path output = definition.outputOrDefault().toAbsolutePath().normalize();
        List<Violation> rejects = new ArrayList<>();
        Long version = null;
        boolean published = false;
        Set<String> rejectedFiches = new java.util.HashSet<>();
        for (StepOutcome step : steps) {
            if (step.imported() != null && step.childExecutionId() != null) {
                JobExecution child = repository.getJobExecution(step.childExecutionId());
                rejects.addAll(imports.rejects(child, 500));
                rejectedFiches.addAll(imports.rejectedFicheIds(child));
                version = step.imported().versionId();
                published |= step.imported().published();
            }
        }
        int exit = RunOutcomes.exitCode(execution, steps);
        List<String> planned = new ArrayList<>();
        for (int i = 0; i < definition.steps().size(); i++) {
            planned.add((i + 1) + "-" + definition.steps().get(i).kind());
        }
        LogFile logFile = LogFile.get(environment);
        Path report = reports.write(output, execution, steps, rejects, new RunReportWriter.Facts(planned,
                catalog.currentVersion(), published, exit, host(), logFile == null ? null : Path.of(logFile.toString()),
                output.resolve("manifest.json"), rejectedFiches), m);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run", execution.getId());
        run.put("job", definition.name());
        run.put("status", execution.getStatus().name());
        run.put("catalogVersion", version != null ? version
                : catalog.currentVersion().map(CatalogVersion::id).orElse(null));
        run.put("startedAt", String.valueOf(execution.getStartTime()));
        run.put("endedAt", String.valueOf(execution.getEndTime()));
        Path manifest = RunManifestWriter.write(output, run, brochures.checksums(output));
        out.println(m.get("run.report", report.toString()));
        out.println(m.get("run.manifest", manifest.toString()));
        log.info("event=run.finished job={} execution={} status={} exit={}", definition.name(), execution.getId(),
                execution.getStatus(), exit);
        return new Result(execution, steps, exit, report);
    }

    /** The machine's name, as the morning reader knows it. */
    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "?");
        }
    }

    /** Counts the run failed in history (and so restartable), with the cause as its exit description. */
    private void markFailed(JobExecution execution, Throwable cause) {
        if (execution.getStatus().isUnsuccessful()) {
            return;
        }
        try {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(cause));
            if (execution.getEndTime() == null) {
                execution.setEndTime(LocalDateTime.now());
            }
            repository.update(execution);
            log.warn("event=run.marked.failed execution={} cause=\"{}\"", execution.getId(), cause.toString());
        }
        catch (RuntimeException e) {
            log.error("event=run.mark.failed.failed execution={}", execution.getId(), e);
        }
    }
}
