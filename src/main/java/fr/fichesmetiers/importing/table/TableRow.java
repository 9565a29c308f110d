package fr.fichesmetiers.importing.table;

import java.util.List;

/**
 * One data row of a table input.
 *
 * @param line where a person finds it: the line of a text file, the row number of a spreadsheet, the line where an
 *        XML record starts
 * @param values the values, in the header's order
 * @param notes values the input left out of the row, and why
 */
public record TableRow(int line, List<String> values, List<TableNote> notes) {

    public TableRow {
        values = List.copyOf(values);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public TableRow(int line, List<String> values) {
        this(line, values, List.of());
    }
}
