package fr.fichesmetiers.site;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import fr.fichesmetiers.support.JobParameterValues;

/**
 * What a site run is asked to write, as the site job's parameters (all identifying).
 *
 * @param out the site folder, or {@code null} for the configured one
 * @param brochures the brochure folder the pages link to, or {@code null} for the configured one
 * @param workbook the comparison workbook the index links to, or {@code null} for the configured one
 * @param organisation branding overrides of a job definition; {@code null} keeps the configured value
 */
public record SiteRequest(Path out, Path brochures, Path workbook, String lang, LocalDateTime requestedAt,
        String organisation, String primaryColor, String logo) {

    /** The site folder of a run's output. */
    public static Path folderIn(Path output) {
        return output.resolve("site");
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder params = new JobParametersBuilder().addString(SiteKeys.LANG, lang)
                .addLocalDateTime(SiteKeys.REQUESTED_AT, requestedAt);
        addIfSet(params, SiteKeys.OUT, out);
        addIfSet(params, SiteKeys.BROCHURES, brochures);
        addIfSet(params, SiteKeys.WORKBOOK, workbook);
        addIfSet(params, SiteKeys.ORGANISATION, organisation);
        addIfSet(params, SiteKeys.PRIMARY_COLOR, primaryColor);
        addIfSet(params, SiteKeys.LOGO, logo);
        return params.toJobParameters();
    }

    public static SiteRequest of(JobParameters params) {
        return new SiteRequest(JobParameterValues.path(params, SiteKeys.OUT),
                JobParameterValues.path(params, SiteKeys.BROCHURES), JobParameterValues.path(params, SiteKeys.WORKBOOK),
                JobParameterValues.text(params, SiteKeys.LANG, "fr"),
                params.getParameter(SiteKeys.REQUESTED_AT) == null ? null
                        : params.getLocalDateTime(SiteKeys.REQUESTED_AT),
                JobParameterValues.text(params, SiteKeys.ORGANISATION),
                JobParameterValues.text(params, SiteKeys.PRIMARY_COLOR), JobParameterValues.text(params, SiteKeys.LOGO));
    }

    private static void addIfSet(JobParametersBuilder params, String key, Object value) {
        if (value instanceof Path path) {
            params.addString(key, path.toAbsolutePath().normalize().toString());
        }
        else if (value instanceof String text && !text.isBlank()) {
            params.addString(key, text);
        }
    }
}
