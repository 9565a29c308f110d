package fr.fichesmetiers.jobs.definition;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A run of a job definition, as its job's parameters: the definition file and when the run was asked for. A
 * restart rebuilds the run's job from the same file.
 */
public record DefinitionRunRequest(Path definitionFile, LocalDateTime requestedAt) {

    /** The definition file's absolute path; the steps' jobs carry the definition's name under the same key. */
    public static final String DEFINITION = "definition";
    public static final String REQUESTED_AT = "requestedAt";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder().addString(DEFINITION, definitionFile.toAbsolutePath().toString())
                .addLocalDateTime(REQUESTED_AT, requestedAt).toJobParameters();
    }

    public static DefinitionRunRequest of(JobParameters params) {
        return new DefinitionRunRequest(Path.of(params.getString(DEFINITION)), params.getLocalDateTime(REQUESTED_AT));
    }

    /** Whether an execution is a run of a definition; the jobs its steps start carry only the definition's name. */
    public static boolean isDefinitionRun(JobExecution execution) {
        String definition = execution.getJobParameters().getString(DEFINITION);
        return definition != null && Path.of(definition).isAbsolute();
    }

    /** The definition a feature job's execution was started by, or {@code null} when started on its own. */
    public static String parentDefinition(JobExecution execution) {
        return isDefinitionRun(execution) ? null : execution.getJobParameters().getString(DEFINITION);
    }
}
