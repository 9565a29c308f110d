package fr.fichesmetiers.comparison;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import fr.fichesmetiers.support.JobParameterValues;

/**
 * What a comparison run is asked to write, as the comparison job's parameters (all identifying).
 *
 * @param guide only this guide's profiles, or {@code null} for all
 * @param out the workbook file, or {@code null} for the configured one
 * @param brochures the brochure folder the workbook links to, or {@code null} for the configured one
 */
public record ComparisonRequest(String guide, Path out, Path brochures, String lang, LocalDateTime requestedAt) {

    /** The workbook of a run's output. */
    public static Path fileIn(Path output) {
        return output.resolve("comparison").resolve("comparaison-metiers.xlsx");
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder params = new JobParametersBuilder().addString(ComparisonKeys.LANG, lang)
                .addLocalDateTime(ComparisonKeys.REQUESTED_AT, requestedAt);
        if (guide != null && !guide.isBlank()) {
            params.addString(ComparisonKeys.GUIDE, guide);
        }
        if (out != null) {
            params.addString(ComparisonKeys.OUT, out.toAbsolutePath().normalize().toString());
        }
        if (brochures != null) {
            params.addString(ComparisonKeys.BROCHURES, brochures.toAbsolutePath().normalize().toString());
        }
        return params.toJobParameters();
    }

    /** The request an execution was given, whether written by this release or by 0.1 ("" for none). */
    public static ComparisonRequest of(JobParameters params) {
        return new ComparisonRequest(JobParameterValues.text(params, ComparisonKeys.GUIDE),
                JobParameterValues.path(params, ComparisonKeys.OUT),
                JobParameterValues.path(params, ComparisonKeys.BROCHURES),
                JobParameterValues.text(params, ComparisonKeys.LANG, "fr"),
                params.getParameter(ComparisonKeys.REQUESTED_AT) == null ? null
                        : params.getLocalDateTime(ComparisonKeys.REQUESTED_AT));
    }
}
