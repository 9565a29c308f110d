package fr.fichesmetiers.support;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Reads the job parameters of the features' requests. Release 0.1 stored every value as a string ("true", "" for
 * none); a restart re-reads the parameters an execution was first given, so those old forms are read too.
 */
public final class JobParameterValues {

    private JobParameterValues() {
    }

    /** A text, or {@code null} when absent or blank. */
    public static String text(JobParameters params, String key) {
        JobParameter<?> parameter = params.getParameter(key);
        if (parameter == null || parameter.value() == null) {
            return null;
        }
        String value = parameter.value().toString();
        return value.isBlank() ? null : value;
    }

    public static String text(JobParameters params, String key, String absent) {
        String value = text(params, key);
        return value == null ? absent : value;
    }

    /** A {@code Boolean} parameter, or the text {@code true}/{@code false} of release 0.1. */
    public static boolean flag(JobParameters params, String key, boolean absent) {
        JobParameter<?> parameter = params.getParameter(key);
        if (parameter == null || parameter.value() == null || parameter.value().toString().isBlank()) {
            return absent;
        }
        return parameter.value() instanceof Boolean b ? b : Boolean.parseBoolean(parameter.value().toString());
    }

    /** A path, or {@code null} when absent or blank. */
    public static Path path(JobParameters params, String key) {
        String value = text(params, key);
        return value == null ? null : Path.of(value);
    }
}
