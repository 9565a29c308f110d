package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;

/** {@code show-run ID}: one execution in full: steps, counters, exit messages, reports and outputs. */
@Command(name = "show-run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Détaille une exécution : étapes, compteurs, messages, rapports et fichiers produits.")
final class ShowRunCommand extends ExecutionCommands.OnExecution {

    ShowRunCommand(SpringContext spring, PrintWriter out) {
        super(spring, out);
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        JobExecution e = execution(m);
        out.println(m.get("showRun.heading", String.valueOf(e.getId()), e.getJobInstance().getJobName(),
                e.getStatus().name(), e.getExitStatus().getExitCode()));
        out.println(m.get("showRun.times", String.valueOf(e.getStartTime()), String.valueOf(e.getEndTime()),
                RunSummaryPrinter.seconds(RunSummaryPrinter.duration(e))));
        out.println(m.get("showRun.parameters", e.getJobParameters().toString()));
        for (StepExecution s : e.getStepExecutions()) {
            out.println(m.get("showRun.step", s.getStepName(), s.getStatus().name(), String.valueOf(s.getReadCount()),
                    String.valueOf(s.getWriteCount()), String.valueOf(s.getFilterCount()),
                    String.valueOf(s.getCommitCount()), String.valueOf(s.getRollbackCount())));
            String message = s.getExitStatus().getExitDescription();
            if (message != null && !message.isBlank()) {
                out.println("    " + message.lines().findFirst().orElse(""));
            }
        }
        String definition = e.getJobParameters().getString(DefinitionJobFactory.DEFINITION);
        if (definition != null && definition.contains("/")) {
            RunOutcomes outcomes = new RunOutcomes(spring.bean(JobRepository.class), spring.bean(ImportResults.class),
                    spring.bean(BrochureResults.class), spring.bean(ComparisonResults.class));
            out.println();
            RunSummaryPrinter.print(e, outcomes.of(e), m, out);
            JobDefinition loaded = new JobDefinitionLoader(m).load(Path.of(definition));
            Path output = loaded.outputOrDefault().toAbsolutePath().normalize();
            out.println(m.get("run.report", output.resolve("reports").resolve("run-" + e.getId() + ".html")));
            out.println(m.get("run.manifest", output.resolve("manifest.json")));
        }
        else {
            var imported = spring.bean(ImportResults.class).of(e);
            if (imported.fichesFile() != null) {
                new fr.fichesmetiers.importing.ImportSummaryPrinter(m, out).print(imported);
            }
        }
        return ExitCodes.DONE;
    }
}
