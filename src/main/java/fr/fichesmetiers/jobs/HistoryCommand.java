package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import fr.fichesmetiers.brochure.BrochureResults;
import fr.fichesmetiers.comparison.ComparisonResults;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history}: the runs, most recent first, with their status and counters. */
@Command(name = "history", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = "Liste les exécutions, les plus récentes d'abord.")
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--job", paramLabel = "JOB", description = "Seulement ce job (nightly, ficheImportJob…).")
    String job;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Nombre d'exécutions (défaut : 20).")
    int limit;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    private final SpringContext spring;
    private final PrintWriter out;

    HistoryCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages m = language.messages();
        UsageErrors.requireAtLeast(spec, "--limit", limit, 1, m);
        JobRepository repository = spring.bean(JobRepository.class);
        List<JobExecution> executions = new ArrayList<>();
        for (String name : repository.getJobNames()) {
            if (job == null || job.equalsIgnoreCase(name)) {
                for (JobInstance instance : repository.getJobInstances(name, 0, Math.max(1, limit))) {
                    executions.addAll(repository.getJobExecutions(instance));
                }
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        RunOutcomes outcomes = new RunOutcomes(repository, spring.bean(ImportResults.class),
                spring.bean(BrochureResults.class), spring.bean(ComparisonResults.class));
        TextTable table = new TextTable(40, List.of("ID", m.get("history.job"), m.get("history.start"),
                m.get("run.col.time"), m.get("run.col.status"), m.get("run.col.read"), m.get("run.col.written"),
                m.get("run.col.rejected")), true, false, false, true, false, true, true, true);
        for (JobExecution e : executions.subList(0, Math.min(limit, executions.size()))) {
            String parent = e.getJobParameters().getString(DefinitionJobFactory.DEFINITION);
            // A validate runs the import job without publishing: said, so that it is not taken for an import.
            String name = e.getJobInstance().getJobName()
                    + ("true".equals(e.getJobParameters().getString(ImportKeys.DRY_RUN)) ? " (validate)" : "")
                    + (parent != null && !RunOutcomes.isDefinitionRun(e) ? " ← " + parent : "");
            long[] counts = counters(e, outcomes);
            table.add(List.of(String.valueOf(e.getId()), name, RunTexts.time(e.getStartTime()),
                    RunTexts.seconds(RunTexts.duration(e), m), e.getStatus().name(), String.valueOf(counts[0]),
                    String.valueOf(counts[1]), String.valueOf(counts[2])));
        }
        if (table.isEmpty()) {
            out.println(m.get("history.none"));
        }
        else {
            table.print(out);
        }
        return ExitCodes.DONE;
    }

    /**
     * Read, written and rejected, counted as the run summary counts them: a run of a definition adds up its steps'
     * rows, a feature job shows the row of the step that launched it. Any other job sums its own steps.
     */
    private static long[] counters(JobExecution e, RunOutcomes outcomes) {
        StepOutcome job = RunOutcomes.isDefinitionRun(e) ? null : outcomes.ofJob(e);
        List<StepOutcome> steps = RunOutcomes.isDefinitionRun(e) ? outcomes.of(e) : job == null ? null : List.of(job);
        if (steps == null) {
            return new long[] {e.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum(),
                    e.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum(),
                    e.getStepExecutions().stream().mapToLong(s -> s.getSkipCount() + s.getFilterCount()).sum()};
        }
        return new long[] {steps.stream().mapToLong(StepOutcome::read).sum(),
                steps.stream().mapToLong(StepOutcome::written).sum(),
                steps.stream().mapToLong(StepOutcome::rejected).sum()};
    }
}
