package fr.fichesmetiers.jobs;

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

import fr.fichesmetiers.brochure.BrochureKeys;
import fr.fichesmetiers.comparison.ComparisonKeys;
import fr.fichesmetiers.importing.ImportKeys;

/**
 * Turns a job definition into one Spring Batch job whose steps run the feature jobs (import, brochures,
 * compare) with the definition's options. Each step's job has its own history and restarts where it stopped;
 * the run's parameters are those of the definition, so a restart rebuilds the same job.
 */
final class DefinitionJobFactory {

    /** Parameters of a definition run. */
    static final String DEFINITION = "definition";
    static final String REQUESTED_AT = "requestedAt";

    private final JobRepository repository;
    private final JobOperator operator;
    private final Job importJob;
    private final Job brochureJob;
    private final Job comparisonJob;

    DefinitionJobFactory(JobRepository repository, JobOperator operator, Job importJob, Job brochureJob,
            Job comparisonJob) {
        this.repository = repository;
        this.operator = operator;
        this.importJob = importJob;
        this.brochureJob = brochureJob;
        this.comparisonJob = comparisonJob;
    }

    static JobParameters parameters(JobDefinition definition) {
        return new JobParametersBuilder().addString(DEFINITION, definition.file().toAbsolutePath().toString())
                .addLocalDateTime(REQUESTED_AT, RequestTime.now()).toJobParameters();
    }

    Job build(JobDefinition definition, List<StepExecutionListener> stepListeners, JobExecutionListener jobListener)
            throws Exception {
        SimpleJobBuilder builder = null;
        int index = 0;
        for (JobDefinition.Step step : definition.steps()) {
            JobStep jobStep = new JobStep(repository);
            jobStep.setName((++index) + "-" + step.kind());
            jobStep.setJob(switch (step) {
                case JobDefinition.ImportStep s -> importJob;
                case JobDefinition.BrochuresStep s -> brochureJob;
                case JobDefinition.CompareStep s -> comparisonJob;
            });
            jobStep.setJobOperator(operator);
            jobStep.setJobParametersExtractor((job, stepExecution) -> childParameters(definition, step,
                    stepExecution.getJobParameters().getLocalDateTime(REQUESTED_AT)));
            stepListeners.forEach(jobStep::registerStepExecutionListener);
            jobStep.afterPropertiesSet();
            builder = builder == null ? new JobBuilder(definition.name(), repository).start(jobStep)
                    : builder.next(jobStep);
        }
        return builder.listener(jobListener).build();
    }

    /** The feature job's parameters; identical on a restart, so that the same child instance resumes. */
    static JobParameters childParameters(JobDefinition definition, JobDefinition.Step step, LocalDateTime requested) {
        Path output = definition.outputOrDefault().toAbsolutePath().normalize();
        String lang = definition.steps().stream().map(s -> switch (s) {
            case JobDefinition.BrochuresStep b -> b.lang();
            case JobDefinition.CompareStep c -> c.lang();
            case JobDefinition.ImportStep i -> null;
        }).filter(l -> l != null).findFirst().orElse("fr");
        JobParametersBuilder params = new JobParametersBuilder().addLocalDateTime("requestedAt", requested)
                .addString("definition", definition.name());
        switch (step) {
            case JobDefinition.ImportStep s -> params.addString(ImportKeys.INPUT, s.path().toAbsolutePath().toString())
                    .addString(ImportKeys.ENCODING, "").addString(ImportKeys.DELIMITER, "")
                    .addString(ImportKeys.MAX_REJECTS, s.maxRejects()).addString(ImportKeys.FORCE,
                            String.valueOf(s.force()))
                    .addString(ImportKeys.DRY_RUN, "false").addString(ImportKeys.LANG, lang)
                    .addString(ImportKeys.REPORT_DIRECTORY, output.resolve("reports").toString());
            case JobDefinition.BrochuresStep s -> {
                JobDefinition.Theme theme = definition.theme();
                params.addString(BrochureKeys.LANG, s.lang()).addString(BrochureKeys.GUIDE, nonNull(s.guide()))
                        .addString(BrochureKeys.ONLY, "").addString(BrochureKeys.OUT,
                                output.resolve("brochures").toString())
                        .addString(BrochureKeys.ALL, "false").addString(BrochureKeys.BOOKLETS,
                                String.valueOf(s.booklet()))
                        .addString(BrochureKeys.ORGANISATION, theme == null ? "" : nonNull(theme.organisation()))
                        .addString(BrochureKeys.PRIMARY_COLOR, theme == null ? "" : nonNull(theme.primaryColor()))
                        .addString(BrochureKeys.LOGO, theme == null ? "" : nonNull(theme.logo()));
            }
            case JobDefinition.CompareStep s -> params.addString(ComparisonKeys.LANG, s.lang())
                    .addString(ComparisonKeys.GUIDE, nonNull(s.guide())).addString(ComparisonKeys.OUT,
                            output.resolve("comparison").resolve("comparaison-metiers.xlsx").toString())
                    .addString(ComparisonKeys.BROCHURES, output.resolve("brochures").toString());
        }
        return params.toJobParameters();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
