package fr.fichesmetiers.comparison;

import org.apache.poi.ss.util.CellReference;

/**
 * The columns of the data sheet, in order. The last four are hidden: ranks that make levels sortable in their true
 * order, and whether the row is shown by the filter (what the summaries count).
 */
enum DataColumn {
    GUIDE(18, true), TITLE(28, true), ROME(9), ROME_LABEL(30, true), FAP(8), FAP_LABEL(30, true),
    LEVEL(14, true), BAC(20, true), EMPLOYABILITY(14), MOBILITY(12), STARTING(12), EXPERIENCED(13),
    PROGRESSION(12), SMIC_RATIO(11), BROCHURE(14), SOURCE(30, true), FACTS_DATE(15), LEVEL_RANK(8),
    EMPLOYABILITY_RANK(8), MOBILITY_RANK(8), SHOWN(8);

    final int width;

    /** Long text from the catalog wraps in a column kept narrow enough to print; short values do not. */
    final boolean wrap;

    DataColumn(int width) {
        this(width, false);
    }

    DataColumn(int width, boolean wrap) {
        this.width = width;
        this.wrap = wrap;
    }

    boolean hidden() {
        return ordinal() >= LEVEL_RANK.ordinal();
    }

    String letter() {
        return CellReference.convertNumToColString(ordinal());
    }

    String headerKey() {
        return "workbook.column." + name().toLowerCase();
    }

    /** The last column a person reads, where printing stops. */
    static DataColumn lastShown() {
        return FACTS_DATE;
    }
}
