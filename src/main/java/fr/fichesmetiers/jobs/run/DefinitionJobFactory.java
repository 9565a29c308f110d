package fr.fichesmetiers.jobs.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.job.JobStep;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.brochure.BrochureRequest;
import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.comparison.ComparisonRequest;
import fr.fichesmetiers.importing.ImportKeys;
import fr.fichesmetiers.importing.ImportRequest;
import fr.fichesmetiers.jobs.definition.DefinitionRunRequest;
import fr.fichesmetiers.jobs.definition.JobDefinition;
import fr.fichesmetiers.site.SiteKeys;
import fr.fichesmetiers.site.SiteRequest;

/**
 * Turns a job definition into one Spring Batch job whose steps run the feature jobs (import, brochures,
 * compare) with the definition's options. Each step's job has its own history and restarts where it stopped;
 * the run's parameters are those of the definition, so a restart rebuilds the same job.
 */
@Component
class DefinitionJobFactory {

    private final JobRepository repository;
    private final JobOperator operator;
    private final Job importJob;
    private final Job brochureJob;
    private final Job comparisonJob;
    private final Job siteJob;

    DefinitionJobFactory(JobRepository repository, JobOperator operator, @Qualifier(ImportKeys.JOB) Job importJob,
            @Qualifier(BrochureKeys.JOB) Job brochureJob, @Qualifier(ComparisonKeys.JOB) Job comparisonJob,
            @Qualifier(SiteKeys.JOB) Job siteJob) {
        this.repository = repository;
        this.operator = operator;
        this.importJob = importJob;
        this.brochureJob = brochureJob;
        this.comparisonJob = comparisonJob;
        this.siteJob = siteJob;
    }

    Job build(JobDefinition definition, List<StepExecutionListener> stepListeners, JobExecutionListener jobListener)
            throws Exception {
        SimpleJobBuilder builder = null;
        int index = 0;
        for (JobDefinition.Step step : definition.steps()) {
            JobStep jobStep = new JobStep(repository);
            ChildJobLink link = new ChildJobLink(repository);
            jobStep.setName((++index) + "-" + step.kind());
            jobStep.setJob(link.linked(switch (step) {
                case JobDefinition.ImportStep s -> importJob;
                case JobDefinition.BrochuresStep s -> brochureJob;
                case JobDefinition.CompareStep s -> comparisonJob;
                case JobDefinition.SiteStep s -> siteJob;
            }));
            jobStep.setJobOperator(operator);
            // Asked once per step: a restarted step starts its job again with the parameters of the first time.
            jobStep.setJobParametersExtractor((job, stepExecution) -> childParameters(definition, step,
                    DefinitionRunRequest.of(stepExecution.getJobParameters()).requestedAt()));
            jobStep.registerStepExecutionListener(link);
            stepListeners.forEach(jobStep::registerStepExecutionListener);
            jobStep.afterPropertiesSet();
            builder = builder == null ? new JobBuilder(definition.name(), repository).start(jobStep)
                    : builder.next(jobStep);
        }
        return builder.listener(jobListener).build();
    }

    /** The feature job's parameters: its request, and the definition's name, which history shows. */
    static JobParameters childParameters(JobDefinition definition, JobDefinition.Step step, LocalDateTime requested) {
        Path output = definition.outputOrDefault().toAbsolutePath().normalize();
        String lang = definition.steps().stream().map(s -> switch (s) {
            case JobDefinition.BrochuresStep b -> b.lang();
            case JobDefinition.CompareStep c -> c.lang();
            case JobDefinition.SiteStep c -> c.lang();
            case JobDefinition.ImportStep i -> null;
        }).filter(l -> l != null).findFirst().orElse("fr");
        JobParameters request = switch (step) {
            case JobDefinition.ImportStep s -> new ImportRequest(s.path(), null, null, s.maxRejects(), s.force(), false,
                    lang, requested, ImportRequest.reportsIn(output)).toJobParameters();
            case JobDefinition.BrochuresStep s -> new BrochureRequest(s.guide(), List.of(),
                    BrochureRequest.folderIn(output), false, s.booklet(), s.lang(), requested, theme(definition),
                    s.shard()).toJobParameters();
            case JobDefinition.CompareStep s -> new ComparisonRequest(s.guide(), ComparisonRequest.fileIn(output),
                    BrochureRequest.folderIn(output), s.lang(), requested).toJobParameters();
            case JobDefinition.SiteStep s -> site(definition, output, s.lang() != null ? s.lang() : lang, requested);
        };
        return new JobParametersBuilder(request).addString(DefinitionRunRequest.DEFINITION, definition.name())
                .toJobParameters();
    }

    private static JobParameters site(JobDefinition definition, Path output, String lang, LocalDateTime requested) {
        JobDefinition.Theme theme = definition.theme() == null ? new JobDefinition.Theme(null, null, null)
                : definition.theme();
        return new SiteRequest(SiteRequest.folderIn(output), BrochureRequest.folderIn(output),
                ComparisonRequest.fileIn(output), lang, requested, theme.organisation(), theme.primaryColor(),
                theme.logo()).toJobParameters();
    }

    private static BrochureRequest.Theme theme(JobDefinition definition) {
        JobDefinition.Theme theme = definition.theme();
        return theme == null ? BrochureRequest.Theme.NONE
                : new BrochureRequest.Theme(theme.organisation(), theme.primaryColor(), theme.logo());
    }
}
