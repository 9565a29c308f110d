package fr.fichesmetiers.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Site settings ({@code fiches.site.*}); the branding defaults to the brochures' (see {@code application.yml}).
 *
 * @param outputDirectory where the site is written
 * @param brochureDirectory where the brochures are, for the pages' links to them
 * @param workbookFile the comparison workbook the index links to
 * @param logo a PNG shown in the band of every page (empty: none)
 */
@ConfigurationProperties("fiches.site")
public record SiteSettings(@DefaultValue("output/site") String outputDirectory,
        @DefaultValue("output/brochures") String brochureDirectory,
        @DefaultValue("output/comparison/comparaison-metiers.xlsx") String workbookFile,
        @DefaultValue("Fiches Métiers") String organisation, @DefaultValue("#1F4E79") String primaryColor,
        @DefaultValue("") String logo) {
}
