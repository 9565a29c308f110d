package fr.fichesmetiers.comparison;

import java.time.LocalDateTime;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.SmicTable;

/**
 * What the "À propos" sheet tells: which catalog, from which file, when, with which filter, against which SMIC,
 * and where the brochure links point.
 *
 * @param smic the SMIC in force on the day the workbook was asked for
 * @param siteAddress the address the links start with, or {@code null} when they are relative to the workbook
 */
record WorkbookInfo(CatalogVersion version, String guide, LocalDateTime generatedAt, SmicTable.Entry smic,
        String siteAddress) {

    /** Against the bundled SMIC table, with relative links. */
    WorkbookInfo(CatalogVersion version, String guide, LocalDateTime generatedAt) {
        this(version, guide, generatedAt, SmicTable.bundled().applicableOn(generatedAt.toLocalDate()), null);
    }
}
