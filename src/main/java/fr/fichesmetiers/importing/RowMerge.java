package fr.fichesmetiers.importing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fichesmetiers.support.Messages;

/**
 * Lays cells over others before validation, into a row of every contract column in the contract's order: an
 * update's cells over the published profile, or the updates kept in {@code fiche_overlay} over a full import's row.
 * The merged row is then validated exactly as a row of {@code fiches.csv}.
 */
final class RowMerge {

    /** The header of merged rows: every column under its contract name. */
    static final List<String> CONTRACT_HEADER = Arrays.stream(FicheColumn.values()).map(FicheColumn::canonicalName)
            .toList();

    private RowMerge() {
    }

    /** The header mapping merged rows are validated with. */
    static HeaderMapping<FicheColumn> contractHeader(String file, Messages messages, Set<FicheColumn> gaps) {
        return HeaderMapping.of(FicheColumn.class, CONTRACT_HEADER, file, messages, gaps);
    }

    /**
     * The cells a row gives, by column: the columns its file has; with {@code blanks} false, blank cells are left
     * out (in an update, a blank cell changes nothing).
     */
    static Map<FicheColumn, String> cells(HeaderMapping<FicheColumn> header, CsvRow row, boolean blanks) {
        Map<FicheColumn, String> cells = new EnumMap<>(FicheColumn.class);
        for (FicheColumn column : FicheColumn.values()) {
            String value = row.get(header.position(column));
            if (value != null && (blanks || !TextRules.isBlank(value))) {
                cells.put(column, value);
            }
        }
        return cells;
    }

    /** A row of {@link #CONTRACT_HEADER}: each column's cell from {@code over}, else from {@code base}, else blank. */
    static CsvRow merge(int line, Map<FicheColumn, String> base, Map<FicheColumn, String> over) {
        List<String> values = Arrays.stream(FicheColumn.values())
                .map(c -> over.containsKey(c) ? over.get(c) : base.getOrDefault(c, "")).toList();
        return new CsvRow(line, values);
    }
}
