package fr.fichesmetiers.importing.table;

import java.io.Closeable;
import java.util.List;

/**
 * An input read as a table, whatever its format (CSV, a workbook's sheet, ONISEP's XML): the header once, then the
 * data rows in order, each with the position a person finds it at (a line, a spreadsheet row).
 */
public interface TableInput extends Closeable {

    /** The column names, or {@code null} when the input holds nothing at all. */
    List<String> header();

    /** The next non-blank row, or {@code null} at the end. */
    TableRow next();
}
