package fr.fichesmetiers.importing;

import java.util.List;

/**
 * One data record of an input file.
 *
 * @param line the physical line where the record starts (header = 1)
 * @param values the raw fields as written
 * @param notes what the input did with its values on the way (see {@code TableNote}), reported with the row
 */
record CsvRow(int line, List<String> values, List<RowProblem> notes) {

    CsvRow {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    CsvRow(int line, List<String> values) {
        this(line, values, List.of());
    }

    /** The raw field at a position, or {@code null} when the position is -1 or past the record's end. */
    String get(int position) {
        return position >= 0 && position < values.size() ? values.get(position) : null;
    }
}
