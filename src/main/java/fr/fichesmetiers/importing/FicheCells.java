package fr.fichesmetiers.importing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.Mobility;

/**
 * A published profile written back as the cells of a {@code fiches.csv} row, as an office would type them: what
 * an update starts from before laying its own cells over them.
 */
final class FicheCells {

    private FicheCells() {
    }

    static Map<FicheColumn, String> of(Fiche fiche) {
        Map<FicheColumn, String> cells = new EnumMap<>(FicheColumn.class);
        cells.put(FicheColumn.ID, fiche.id());
        cells.put(FicheColumn.TITLE, fiche.title());
        cells.put(FicheColumn.GUIDE, fiche.guide());
        cells.put(FicheColumn.ROME, fiche.rome().code());
        cells.put(FicheColumn.FAP, fiche.fap().map(f -> f.code()).orElse(""));
        cells.put(FicheColumn.EDUCATION_LEVEL, fiche.educationLevel().map(EducationLevel::label).orElse(""));
        cells.put(FicheColumn.RECOMMENDED_BAC, fiche.recommendedBac().orElse(""));
        cells.put(FicheColumn.EMPLOYABILITY, fiche.employability().map(Employability::label).orElse(""));
        cells.put(FicheColumn.MOBILITY, fiche.mobility().map(Mobility::label).orElse(""));
        cells.put(FicheColumn.STARTING_SALARY, fiche.salary().starting().map(FicheCells::amount).orElse(""));
        cells.put(FicheColumn.EXPERIENCED_SALARY, fiche.salary().experienced().map(FicheCells::amount).orElse(""));
        for (FicheColumn column : FicheColumn.values()) {
            if (column.section() != null) {
                cells.put(column, fiche.section(column.section()));
            }
        }
        cells.put(FicheColumn.QUALITY_LIST, String.join("|", fiche.qualities()));
        return cells;
    }

    private static String amount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
