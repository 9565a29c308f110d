package fr.fichesmetiers.comparison;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;

import fr.fichesmetiers.support.Messages;

/**
 * The data sheet as an Excel table: banded rows, a filter on its header, a total row whose SUBTOTAL formulas follow
 * the filter, and names the other sheets' formulas use ({@code Métiers[Salaire débutant]}) instead of cell ranges.
 *
 * <p>Created on the workbook's plain sheet before any row is written: a streamed sheet keeps its rows apart, and
 * the formulas that name the table are checked against it when they are set on a sheet held in memory.
 */
final class DataTable {

    /** The built-in style: banded rows in the blue of the headers. */
    static final String STYLE = "TableStyleMedium2";

    private final String name;
    private final Map<DataColumn, String> headers = new EnumMap<>(DataColumn.class);
    private final int dataRows;
    private final XSSFTable table;

    /**
     * @param rows the number of profiles; a table without any keeps one empty data row, as Excel wants one
     */
    DataTable(XSSFSheet sheet, int rows, Messages messages) {
        this.name = messages.get("workbook.table");
        this.dataRows = Math.max(1, rows);
        for (DataColumn column : DataColumn.values()) {
            headers.put(column, messages.get(column.headerKey()));
        }
        int last = DataColumn.values().length - 1;
        // Header, data rows, total row.
        table = sheet.createTable(new AreaReference(new CellReference(0, 0), new CellReference(dataRows + 1, last),
                SpreadsheetVersion.EXCEL2007));
        CTTable ct = table.getCTTable();
        table.setName(name);
        table.setDisplayName(name);
        for (DataColumn column : DataColumn.values()) {
            // The names of the header cells, which the sheet's rows (streamed apart) cannot give the table yet.
            ct.getTableColumns().getTableColumnArray(column.ordinal()).setName(headers.get(column));
        }
        table.updateHeaders();
        ct.setTotalsRowCount(1);
        ct.addNewAutoFilter().setRef(new AreaReference(new CellReference(0, 0),
                new CellReference(dataRows, last), SpreadsheetVersion.EXCEL2007).formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    String name() {
        return name;
    }

    String header(DataColumn column) {
        return headers.get(column);
    }

    /** The 0-based index of the total row. */
    int totalRow() {
        return dataRows + 1;
    }

    /** {@code Métiers[Salaire débutant]}: the column's data cells. */
    String column(DataColumn column) {
        return name + "[" + escape(headers.get(column)) + "]";
    }

    /** Tells Excel what the total row of a column computes (the cell carries the formula itself). */
    void totalFunction(DataColumn column, STTotalsRowFunction.Enum function) {
        CTTableColumn ct = table.getCTTable().getTableColumns().getTableColumnArray(column.ordinal());
        ct.setTotalsRowFunction(function);
    }

    void totalLabel(DataColumn column, String label) {
        table.getCTTable().getTableColumns().getTableColumnArray(column.ordinal()).setTotalsRowLabel(label);
    }

    /** In a structured reference, {@code ' [ ] #} are escaped with an apostrophe. */
    static String escape(String header) {
        return header.replaceAll("(['\\[\\]#])", "'$1");
    }
}
