package fr.fichesmetiers.importing;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import fr.fichesmetiers.support.JobParameterValues;

/**
 * What an import is asked to do, as the import job's parameters. Every value is identifying: the request time
 * makes each launch a new run, and a failed one is resumed with its own parameters.
 *
 * @param input the folder holding {@code fiches.csv} (and {@code faq.csv}), or a profiles file
 * @param encoding a forced character set name, or {@code null} to detect it
 * @param delimiter a forced delimiter (one character), or {@code null} to detect it
 * @param maxRejects the reject limit ({@code 25}, {@code 10%}), or {@code null} for the configured one
 * @param dryRun checks and reports only, publishes nothing ({@code validate})
 * @param reportDirectory where the reject report goes, or {@code null} for the configured folder
 * @param format a forced input format ({@code csv}, {@code xlsx}, {@code onisep}), or {@code null} to recognise it
 * @param update {@code import --update}: the file's cells change the published profiles it names, nothing retired
 * @param keepUpdates a full import lays the cells kept from earlier updates over its rows
 */
public record ImportRequest(Path input, String encoding, String delimiter, String maxRejects, boolean force,
        boolean dryRun, String lang, LocalDateTime requestedAt, Path reportDirectory, String format, boolean update,
        boolean keepUpdates) {

    /** A request whose format is recognised from the file. */
    public ImportRequest(Path input, String encoding, String delimiter, String maxRejects, boolean force,
            boolean dryRun, String lang, LocalDateTime requestedAt, Path reportDirectory) {
        this(input, encoding, delimiter, maxRejects, force, dryRun, lang, requestedAt, reportDirectory, null, false,
                false);
    }

    /** The folder of a run's output where an import's reject reports go. */
    public static Path reportsIn(Path output) {
        return output.resolve("reports");
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(ImportKeys.INPUT, input.toAbsolutePath().normalize().toString())
                .addJobParameter(ImportKeys.FORCE, force, Boolean.class)
                .addJobParameter(ImportKeys.DRY_RUN, dryRun, Boolean.class)
                .addString(ImportKeys.LANG, lang)
                .addLocalDateTime(ImportKeys.REQUESTED_AT, requestedAt);
        if (encoding != null) {
            params.addString(ImportKeys.ENCODING, encoding);
        }
        if (delimiter != null) {
            params.addString(ImportKeys.DELIMITER, delimiter);
        }
        if (maxRejects != null) {
            params.addString(ImportKeys.MAX_REJECTS, maxRejects);
        }
        if (format != null) {
            params.addString(ImportKeys.FORMAT, format);
        }
        if (update) {
            params.addJobParameter(ImportKeys.UPDATE, true, Boolean.class);
        }
        if (keepUpdates) {
            params.addJobParameter(ImportKeys.KEEP_UPDATES, true, Boolean.class);
        }
        if (reportDirectory != null) {
            params.addString(ImportKeys.REPORT_DIRECTORY, reportDirectory.toAbsolutePath().normalize().toString());
        }
        return params.toJobParameters();
    }

    /** The request an execution was given, whether written by this release or by 0.1 (strings only). */
    public static ImportRequest of(JobParameters params) {
        // The delimiter may be a tab: only an empty text means "none", not a blank one.
        String delimiter = params.getParameter(ImportKeys.DELIMITER) == null ? null
                : String.valueOf(params.getParameter(ImportKeys.DELIMITER).value());
        return new ImportRequest(Path.of(JobParameterValues.text(params, ImportKeys.INPUT, "input")),
                JobParameterValues.text(params, ImportKeys.ENCODING),
                delimiter == null || delimiter.isEmpty() ? null : delimiter,
                JobParameterValues.text(params, ImportKeys.MAX_REJECTS),
                JobParameterValues.flag(params, ImportKeys.FORCE, false),
                JobParameterValues.flag(params, ImportKeys.DRY_RUN, false),
                JobParameterValues.text(params, ImportKeys.LANG, "fr"),
                params.getParameter(ImportKeys.REQUESTED_AT) == null ? null
                        : params.getLocalDateTime(ImportKeys.REQUESTED_AT),
                JobParameterValues.path(params, ImportKeys.REPORT_DIRECTORY),
                JobParameterValues.text(params, ImportKeys.FORMAT),
                JobParameterValues.flag(params, ImportKeys.UPDATE, false),
                JobParameterValues.flag(params, ImportKeys.KEEP_UPDATES, false));
    }
}
