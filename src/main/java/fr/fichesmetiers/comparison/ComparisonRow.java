package fr.fichesmetiers.comparison;

import java.time.LocalDate;
import java.util.Optional;

import fr.fichesmetiers.fiche.FicheSummary;

/**
 * One profile as the workbook shows it.
 *
 * @param brochureLink the brochure's address: absolute when the site's address is configured, else relative to
 * the workbook, with forward slashes
 * @param source where the profile's figures come from, when it says
 * @param factsDate the day its figures were last brought up to date, when it says
 */
record ComparisonRow(FicheSummary fiche, String romeLabel, String fapLabel, String brochureLink,
        Optional<String> source, Optional<LocalDate> factsDate) {

    ComparisonRow(FicheSummary fiche, String romeLabel, String fapLabel, String brochureLink) {
        this(fiche, romeLabel, fapLabel, brochureLink, Optional.empty(), Optional.empty());
    }
}
