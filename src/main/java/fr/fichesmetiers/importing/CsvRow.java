package fr.fichesmetiers.importing;

import java.util.List;

/**
 * One data record of an input file.
 *
 * @param line the physical line where the record starts (header = 1)
 * @param values the raw fields as written
 */
record CsvRow(int line, List<String> values) {

    /** The raw field at a position, or {@code null} when the position is -1 or past the record's end. */
    String get(int position) {
        return position >= 0 && position < values.size() ? values.get(position) : null;
    }
}
