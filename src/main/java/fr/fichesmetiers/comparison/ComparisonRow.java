package fr.fichesmetiers.comparison;

import fr.fichesmetiers.fiche.FicheSummary;

/**
 * One profile as the workbook shows it.
 *
 * @param brochureLink the brochure's path relative to the workbook, with forward slashes
 */
record ComparisonRow(FicheSummary fiche, String romeLabel, String fapLabel, String brochureLink) {
}
