package fr.fichesmetiers.comparison;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.Messages;

/**
 * The data sheet: one row per profile, typed cells, a live progression formula, a link to the brochure, and
 * what makes it usable: frozen header and first columns, filters, widths, formats, data bars, print setup.
 */
final class ComparisonSheet {

    /** The columns, in order; the last three (ranks) are hidden and make levels sortable in their true order. */
    enum Column {
        GUIDE(18, true), TITLE(28, true), ROME(9), ROME_LABEL(30, true), FAP(8), FAP_LABEL(30, true),
        LEVEL(14, true), BAC(20, true), EMPLOYABILITY(14), MOBILITY(12), STARTING(12), EXPERIENCED(13),
        PROGRESSION(12), BROCHURE(14), LEVEL_RANK(8), EMPLOYABILITY_RANK(8), MOBILITY_RANK(8);

        final int width;

        /** Long text from the catalog wraps in a column kept narrow enough to print; short values do not. */
        final boolean wrap;

        Column(int width) {
            this(width, false);
        }

        Column(int width, boolean wrap) {
            this.width = width;
            this.wrap = wrap;
        }

        String letter() {
            return org.apache.poi.ss.util.CellReference.convertNumToColString(ordinal());
        }

        String headerKey() {
            return "workbook.column." + name().toLowerCase();
        }
    }

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Messages messages;
    private final Workbook workbook;
    private final String linkText;
    private int rows;

    /** Lines of the tallest wrapped cell of the row being written. */
    private int rowLines;

    ComparisonSheet(Workbook workbook, Sheet sheet, WorkbookStyles styles, Messages messages) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
        this.linkText = messages.get("workbook.brochureLink");
        Row header = sheet.createRow(0);
        int lines = 2;
        for (Column column : Column.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(messages.get(column.headerKey()));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
            if (column.ordinal() <= Column.BROCHURE.ordinal()) {
                lines = Math.max(lines, WrappedText.lines(cell.getStringCellValue(), column.width / WrappedText.BOLD));
            }
        }
        header.setHeightInPoints(WrappedText.points(lines));
        for (Column rank : new Column[] {Column.LEVEL_RANK, Column.EMPLOYABILITY_RANK, Column.MOBILITY_RANK}) {
            sheet.setColumnHidden(rank.ordinal(), true);
        }
    }

    void add(ComparisonRow data) {
        FicheSummary f = data.fiche();
        int index = ++rows;
        Row row = sheet.createRow(index);
        // Text from the catalog is always a string cell: a title "=HYPERLINK(…)" stays text.
        rowLines = 1;
        text(row, Column.GUIDE, f.guide());
        text(row, Column.TITLE, f.title());
        text(row, Column.ROME, f.rome().code());
        text(row, Column.ROME_LABEL, data.romeLabel());
        // An unknown fact leaves its cell empty: never a zero a formula would count.
        text(row, Column.FAP, f.fap().map(FapCode::code).orElse(""));
        text(row, Column.FAP_LABEL, data.fapLabel());
        text(row, Column.LEVEL, f.educationLevel().map(level -> messages.get(level.messageKey())).orElse(""));
        text(row, Column.BAC, f.recommendedBac().orElse(""));
        text(row, Column.EMPLOYABILITY, f.employability().map(e -> messages.get(e.messageKey())).orElse(""));
        text(row, Column.MOBILITY, f.mobility().map(mobility -> messages.get(mobility.messageKey())).orElse(""));
        // Set while the row is written: the streaming writer flushes it soon after, and keeps nothing to size later.
        WrappedText.fit(row, rowLines);
        f.salary().starting().ifPresent(amount -> number(row, Column.STARTING, amount.doubleValue(), styles.euro));
        f.salary().experienced().ifPresent(amount -> number(row, Column.EXPERIENCED, amount.doubleValue(),
                styles.euro));
        int excelRow = index + 1;
        Cell progression = row.createCell(Column.PROGRESSION.ordinal());
        progression.setCellFormula("IF(" + Column.STARTING.letter() + excelRow + ">0," + Column.EXPERIENCED.letter()
                + excelRow + "/" + Column.STARTING.letter() + excelRow + "-1,\"\")");
        f.salary().progression().ifPresentOrElse(progression::setCellValue, () -> progression.setCellValue(""));
        progression.setCellStyle(styles.percent);
        // A HYPERLINK formula rather than a hyperlink object: POI keeps hyperlink objects in memory even when
        // streaming, which is what made 100 000 rows overflow a 256 MB heap. The path is ours (slug and id),
        // never text from the catalog.
        Cell link = row.createCell(Column.BROCHURE.ordinal());
        link.setCellFormula("HYPERLINK(\"" + data.brochureLink().replace("\"", "") + "\",\""
                + linkText.replace("\"", "") + "\")");
        link.setCellValue(linkText);
        link.setCellStyle(styles.link);
        f.educationLevel().ifPresent(level -> number(row, Column.LEVEL_RANK, level.frameworkLevel(), styles.integer));
        f.employability().ifPresent(e -> number(row, Column.EMPLOYABILITY_RANK, e.step(), styles.integer));
        f.mobility().ifPresent(mobility -> number(row, Column.MOBILITY_RANK, mobility.step(), styles.integer));
    }

    int rows() {
        return rows;
    }

    /** What only makes sense once every row is there: filters, frozen panes, conditional formats, printing. */
    void finish() {
        int last = Math.max(1, rows);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, Column.values().length - 1));
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule bars = formatting.createConditionalFormattingRule((ExtendedColor) styles.primary);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last,
                Column.STARTING.ordinal(), Column.EXPERIENCED.ordinal())}, bars);
        ConditionalFormattingRule scale = formatting.createConditionalFormattingColorScaleRule();
        var colors = scale.getColorScaleFormatting();
        colors.setColors(new org.apache.poi.ss.usermodel.Color[] {new XSSFColor(new byte[] {(byte) 0xF8, 0x69, 0x6B}),
                new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x84}),
                new XSSFColor(new byte[] {0x63, (byte) 0xBE, 0x7B})});
        colors.getThresholds()[0].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MIN);
        colors.getThresholds()[1].setRangeType(
                org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.PERCENTILE);
        colors.getThresholds()[1].setValue(50d);
        colors.getThresholds()[2].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MAX);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last,
                Column.PROGRESSION.ordinal(), Column.PROGRESSION.ordinal())}, scale);
        PrintLayout.apply(sheet, true, messages);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, Column.BROCHURE.ordinal(), 0, last);
    }

    private void text(Row row, Column column, String value) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(value);
        cell.setCellStyle(column.wrap ? styles.wrapped : styles.text);
        if (column.wrap) {
            rowLines = Math.max(rowLines, WrappedText.lines(value, column.width));
        }
    }

    private void number(Row row, Column column, double value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
