package fr.fichesmetiers.comparison;

import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import fr.fichesmetiers.comparison.ComparisonSheet.Column;
import fr.fichesmetiers.support.Messages;

/**
 * A summary sheet ("Par guide", "Par niveau"): one row per group with live formulas over the data sheet
 * (COUNTIF, MINIFS, AVERAGEIF, MAXIFS), so that it stays right when someone edits a salary. Each formula also
 * carries its value as computed here, for readers that do not recalculate.
 */
final class SummarySheet {

    static final String[] HEADER_KEYS = {"workbook.summary.count", "workbook.summary.startingMin",
            "workbook.summary.startingAverage", "workbook.summary.startingMax", "workbook.summary.experiencedMin",
            "workbook.summary.experiencedAverage", "workbook.summary.experiencedMax"};

    private static final int GROUP_WIDTH = 28;

    private SummarySheet() {
    }

    /**
     * @param groupColumn the data sheet's column the groups come from
     * @param groups the groups in display order with their statistics
     * @return the number of group rows written
     */
    static int write(Sheet sheet, String dataSheet, Column groupColumn, String groupHeader,
            Map<String, GroupStats> groups, WorkbookStyles styles, Messages messages) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        cell(header, 0, groupHeader).setCellStyle(styles.header);
        sheet.setColumnWidth(0, GROUP_WIDTH * 256);
        for (int i = 0; i < HEADER_KEYS.length; i++) {
            cell(header, i + 1, messages.get(HEADER_KEYS[i])).setCellStyle(styles.header);
            sheet.setColumnWidth(i + 1, 14 * 256);
        }
        String data = "'" + dataSheet.replace("'", "''") + "'!";
        String key = data + "$" + groupColumn.letter() + ":$" + groupColumn.letter();
        String starting = data + "$" + Column.STARTING.letter() + ":$" + Column.STARTING.letter();
        String experienced = data + "$" + Column.EXPERIENCED.letter() + ":$" + Column.EXPERIENCED.letter();
        int r = 0;
        for (Map.Entry<String, GroupStats> group : groups.entrySet()) {
            Row row = sheet.createRow(++r);
            String criterion = "$A" + (r + 1);
            GroupStats s = group.getValue();
            cell(row, 0, group.getKey()).setCellStyle(styles.wrapped);
            WrappedText.fit(row, WrappedText.lines(group.getKey(), GROUP_WIDTH));
            formula(row, 1, "COUNTIF(" + key + "," + criterion + ")", s.count, styles.integer);
            formula(row, 2, "_xlfn.MINIFS(" + starting + "," + key + "," + criterion + ")", s.startingMin(), styles.euro);
            formula(row, 3, "AVERAGEIF(" + key + "," + criterion + "," + starting + ")", s.startingAverage(),
                    styles.euro);
            formula(row, 4, "_xlfn.MAXIFS(" + starting + "," + key + "," + criterion + ")", s.startingMax(), styles.euro);
            formula(row, 5, "_xlfn.MINIFS(" + experienced + "," + key + "," + criterion + ")", s.experiencedMin(),
                    styles.euro);
            formula(row, 6, "AVERAGEIF(" + key + "," + criterion + "," + experienced + ")", s.experiencedAverage(),
                    styles.euro);
            formula(row, 7, "_xlfn.MAXIFS(" + experienced + "," + key + "," + criterion + ")", s.experiencedMax(),
                    styles.euro);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r), 0, HEADER_KEYS.length));
        // Landscape: the chart stands to the right of the table.
        PrintLayout.apply(sheet, true, messages);
        return r;
    }

    private static Cell cell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static void formula(Row row, int column, String formula, double cached,
            org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
    }
}
