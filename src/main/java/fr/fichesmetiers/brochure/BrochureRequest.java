package fr.fichesmetiers.brochure;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import fr.fichesmetiers.support.JobParameterValues;
import fr.fichesmetiers.support.Shard;

/**
 * What a brochure run is asked to do, as the brochure job's parameters (all identifying; the request time makes
 * each launch a new run).
 *
 * @param guide only this guide's profiles, or {@code null} for all
 * @param only only these profiles (and no booklet), or empty for all
 * @param out the brochure folder, or {@code null} for the configured one
 * @param all renders the unchanged brochures too
 * @param theme a job definition's branding, or {@link Theme#NONE} for the configured one
 * @param shard only the guides of this shard (their brochures and booklets), or {@code null} for every guide
 */
public record BrochureRequest(String guide, List<String> only, Path out, boolean all, boolean booklets,
        String lang, LocalDateTime requestedAt, Theme theme, Shard shard) {

    public BrochureRequest(String guide, List<String> only, Path out, boolean all, boolean booklets, String lang,
            LocalDateTime requestedAt, Theme theme) {
        this(guide, only, out, all, booklets, lang, requestedAt, theme, null);
    }

    /** Branding overrides; a {@code null} field keeps the configured value. */
    public record Theme(String organisation, String primaryColor, String logo) {

        public static final Theme NONE = new Theme(null, null, null);
    }

    public BrochureRequest {
        only = only == null ? List.of() : List.copyOf(only);
        theme = theme == null ? Theme.NONE : theme;
    }

    /** The brochure folder of a run's output. */
    public static Path folderIn(Path output) {
        return output.resolve("brochures");
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder params = new JobParametersBuilder()
                .addJobParameter(BrochureKeys.ALL, all, Boolean.class)
                .addJobParameter(BrochureKeys.BOOKLETS, booklets, Boolean.class)
                .addString(BrochureKeys.LANG, lang)
                .addLocalDateTime(BrochureKeys.REQUESTED_AT, requestedAt);
        addIfSet(params, BrochureKeys.GUIDE, guide);
        addIfSet(params, BrochureKeys.ONLY, only.isEmpty() ? null : String.join(",", only));
        addIfSet(params, BrochureKeys.OUT, out == null ? null : out.toAbsolutePath().normalize().toString());
        addIfSet(params, BrochureKeys.ORGANISATION, theme.organisation());
        addIfSet(params, BrochureKeys.PRIMARY_COLOR, theme.primaryColor());
        addIfSet(params, BrochureKeys.LOGO, theme.logo());
        addIfSet(params, BrochureKeys.SHARD, shard == null ? null : shard.toString());
        return params.toJobParameters();
    }

    /** The request an execution was given, whether written by this release or by 0.1 (strings only). */
    public static BrochureRequest of(JobParameters params) {
        String only = JobParameterValues.text(params, BrochureKeys.ONLY, "");
        return new BrochureRequest(JobParameterValues.text(params, BrochureKeys.GUIDE),
                Arrays.stream(only.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList(),
                JobParameterValues.path(params, BrochureKeys.OUT),
                JobParameterValues.flag(params, BrochureKeys.ALL, false),
                JobParameterValues.flag(params, BrochureKeys.BOOKLETS, true),
                JobParameterValues.text(params, BrochureKeys.LANG, "fr"),
                params.getParameter(BrochureKeys.REQUESTED_AT) == null ? null
                        : params.getLocalDateTime(BrochureKeys.REQUESTED_AT),
                new Theme(JobParameterValues.text(params, BrochureKeys.ORGANISATION),
                        JobParameterValues.text(params, BrochureKeys.PRIMARY_COLOR),
                        JobParameterValues.text(params, BrochureKeys.LOGO)),
                params.getParameter(BrochureKeys.SHARD) == null ? null
                        : Shard.parse(JobParameterValues.text(params, BrochureKeys.SHARD)));
    }

    private static void addIfSet(JobParametersBuilder params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.addString(key, value);
        }
    }
}
