package fr.fichesmetiers.comparison;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import fr.fichesmetiers.support.Messages;

/**
 * A summary sheet ("Par guide", "Par niveau"): one row per group, then the shown rows as a whole, with live
 * formulas over the data table that count only the rows its filter shows (COUNTIFS, MINIFS, AVERAGEIFS, MAXIFS
 * on the hidden "shown" column, SUBTOTAL for the whole). A counselor who filters the data sheet to Bac+2 sees
 * these figures change. Unknown salaries are left out of minimums, averages and maximums, and a group without any
 * known salary shows empty cells, not 0 €. Each formula also carries its value as computed here (no filter), for
 * readers that do not recalculate.
 */
final class SummarySheet {

    /** A group: its label, the data column it is read from and the criterion that selects it there. */
    record Group(String label, DataColumn key, String criterion, GroupStats stats) {
    }

    static final String[] HEADER_KEYS = {"workbook.summary.count", "workbook.summary.startingKnown",
            "workbook.summary.startingMin", "workbook.summary.startingAverage", "workbook.summary.startingMax",
            "workbook.summary.experiencedKnown", "workbook.summary.experiencedMin",
            "workbook.summary.experiencedAverage", "workbook.summary.experiencedMax", "workbook.summary.smicRatio",
            "workbook.summary.smic"};

    /** Columns of the group label, the starting and experienced averages, and the (hidden) SMIC. */
    static final int LABEL = 0;
    static final int STARTING_AVERAGE = 4;
    static final int EXPERIENCED_AVERAGE = 8;
    static final int SMIC = 11;

    private static final int GROUP_WIDTH = 28;
    private static final int VALUE_WIDTH = 12;

    private final Sheet sheet;
    private final DataTable table;
    private final WorkbookStyles styles;
    private final double smic;

    private SummarySheet(Sheet sheet, DataTable table, WorkbookStyles styles, double smic) {
        this.sheet = sheet;
        this.table = table;
        this.styles = styles;
        this.smic = smic;
    }

    /** @return the number of group rows written (they start on the second row) */
    static int write(Sheet sheet, DataTable table, String groupHeader, List<Group> groups, GroupStats all,
            double smic, WorkbookStyles styles, Messages messages) {
        SummarySheet summary = new SummarySheet(sheet, table, styles, smic);
        Row header = sheet.createRow(0);
        summary.cell(header, LABEL, groupHeader, styles.header);
        sheet.setColumnWidth(LABEL, GROUP_WIDTH * 256);
        int lines = 2;
        for (int i = 0; i < HEADER_KEYS.length; i++) {
            String text = messages.get(HEADER_KEYS[i]);
            summary.cell(header, i + 1, text, styles.header);
            sheet.setColumnWidth(i + 1, VALUE_WIDTH * 256);
            lines = Math.max(lines, WrappedText.lines(text, VALUE_WIDTH / WrappedText.BOLD));
        }
        header.setHeightInPoints(WrappedText.points(lines));
        sheet.setColumnHidden(SMIC, true);
        int r = 0;
        for (Group group : groups) {
            summary.group(sheet.createRow(++r), group);
        }
        summary.whole(sheet.createRow(r + 1), messages.get("workbook.summary.all"), all);
        Row note = sheet.createRow(r + 3);
        String text = messages.get("workbook.summary.note", messages.get("workbook.sheet.comparison"));
        summary.cell(note, LABEL, text, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(r + 3, r + 3, LABEL, SMIC - 1));
        WrappedText.fit(note, WrappedText.lines(text, GROUP_WIDTH + (SMIC - 1) * VALUE_WIDTH));
        sheet.createFreezePane(1, 1);
        // Landscape: eleven columns side by side.
        PrintLayout.apply(sheet, true, messages);
        return r;
    }

    private void group(Row row, Group group) {
        int excel = row.getRowNum() + 1;
        cell(row, LABEL, group.label(), styles.wrapped);
        WrappedText.fit(row, WrappedText.lines(group.label(), GROUP_WIDTH));
        String where = table.column(group.key()) + "," + group.criterion() + "," + table.column(DataColumn.SHOWN)
                + ",1";
        GroupStats s = group.stats();
        formula(row, 1, "COUNTIFS(" + where + ")", s.count, styles.integer);
        amounts(row, 2, DataColumn.STARTING, where, s.starting);
        amounts(row, 6, DataColumn.EXPERIENCED, where, s.experienced);
        formula(row, 10, "IF($C" + excel + "=0,\"\",$E" + excel + "/" + ComparisonSheet.SMIC_NAME + ")",
                s.starting.average() / smic, styles.ratio);
        formula(row, SMIC, ComparisonSheet.SMIC_NAME, smic, styles.euroCents);
    }

    /** Known count, then min, average and max, which stay empty while the count is 0. */
    private void amounts(Row row, int first, DataColumn column, String where, GroupStats.Amounts amounts) {
        String values = table.column(column);
        String known = "$" + org.apache.poi.ss.util.CellReference.convertNumToColString(first) + (row.getRowNum() + 1);
        // ">0" rather than "<>": the same count of known salaries (all are positive), read alike by every evaluator.
        formula(row, first, "COUNTIFS(" + where + "," + values + ",\">0\")", amounts.count(), styles.integer);
        String guard = "IF(" + known + "=0,\"\",";
        formula(row, first + 1, guard + "_xlfn.MINIFS(" + values + "," + where + "))", amounts.min(), styles.euroCents);
        formula(row, first + 2, guard + "AVERAGEIFS(" + values + "," + where + "))", amounts.average(),
                styles.euroCents);
        formula(row, first + 3, guard + "_xlfn.MAXIFS(" + values + "," + where + "))", amounts.max(), styles.euroCents);
    }

    /** The shown rows as a whole, with SUBTOTAL, which leaves out the rows the filter hides. */
    private void whole(Row row, String label, GroupStats all) {
        int excel = row.getRowNum() + 1;
        cell(row, LABEL, label, styles.totalText);
        WrappedText.fit(row, WrappedText.lines(label, GROUP_WIDTH / WrappedText.BOLD));
        formula(row, 1, "SUBTOTAL(103," + table.column(DataColumn.TITLE) + ")", all.count, styles.totalCount);
        wholeAmounts(row, 2, DataColumn.STARTING, all.starting);
        wholeAmounts(row, 6, DataColumn.EXPERIENCED, all.experienced);
        formula(row, 10, "IF($C" + excel + "=0,\"\",$E" + excel + "/" + ComparisonSheet.SMIC_NAME + ")",
                all.starting.average() / smic, styles.totalRatio);
        formula(row, SMIC, ComparisonSheet.SMIC_NAME, smic, styles.euroCents);
    }

    private void wholeAmounts(Row row, int first, DataColumn column, GroupStats.Amounts amounts) {
        String values = table.column(column);
        String known = "$" + org.apache.poi.ss.util.CellReference.convertNumToColString(first) + (row.getRowNum() + 1);
        formula(row, first, "SUBTOTAL(102," + values + ")", amounts.count(), styles.totalCount);
        String guard = "IF(" + known + "=0,\"\",SUBTOTAL(";
        formula(row, first + 1, guard + "105," + values + "))", amounts.min(), styles.totalEuro);
        formula(row, first + 2, guard + "101," + values + "))", amounts.average(), styles.totalEuro);
        formula(row, first + 3, guard + "104," + values + "))", amounts.max(), styles.totalEuro);
    }

    private Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A formula with its value as computed here: {@code NaN} (no amount) is an empty text, as the formula gives. */
    private static void formula(Row row, int column, String formula, double cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        if (Double.isNaN(cached)) {
            cell.setCellValue("");
        }
        else {
            cell.setCellValue(cached);
        }
        cell.setCellStyle(style);
    }
}
