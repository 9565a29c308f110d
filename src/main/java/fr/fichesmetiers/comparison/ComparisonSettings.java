package fr.fichesmetiers.comparison;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workbook settings ({@code fiches.comparison.*}).
 *
 * @param outputFile where the workbook goes by default
 * @param brochureDirectory where brochures are, for the relative links from the workbook
 * @param streamingThreshold rows above which the data sheet is streamed (SXSSF) instead of held in memory
 * @param primaryColor header colour, {@code #RRGGBB}
 * @param siteBaseUrl the address the site and brochures are published at ({@code fiches.site.base-url}); empty
 * for links relative to the workbook
 */
@ConfigurationProperties("fiches.comparison")
public record ComparisonSettings(@DefaultValue("output/comparison/comparaison-metiers.xlsx") String outputFile,
        @DefaultValue("output/brochures") String brochureDirectory, @DefaultValue("5000") int streamingThreshold,
        @DefaultValue("#1F4E79") String primaryColor, @DefaultValue("") String siteBaseUrl) {

    /** Where brochures are under the site's address: {@code <base-url>/brochures/<guide>/<id>.pdf}. */
    static final String SITE_BROCHURES = "brochures";
}
