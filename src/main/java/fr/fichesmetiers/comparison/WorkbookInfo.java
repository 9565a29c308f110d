package fr.fichesmetiers.comparison;

import java.time.LocalDateTime;

import fr.fichesmetiers.fiche.CatalogVersion;

/** What the "À propos" sheet tells: which catalog, from which file, when, with which filter. */
record WorkbookInfo(CatalogVersion version, String guide, LocalDateTime generatedAt) {
}
