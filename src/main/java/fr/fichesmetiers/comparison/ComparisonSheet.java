package fr.fichesmetiers.comparison;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;

import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.Messages;

/**
 * The data sheet: one row per profile in an Excel table, typed cells, live progression and SMIC formulas, a link
 * to the brochure, a total row that follows the filter, frozen header and first columns, widths, data bars and a
 * print setup.
 */
final class ComparisonSheet {

    /** The defined name of the SMIC cell (on the about sheet), which the "× SMIC" formulas divide by. */
    static final String SMIC_NAME = "SMIC";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Messages messages;
    private final Workbook workbook;
    private final DataTable table;
    private final String linkText;
    private final double smic;
    private int rows;

    /** Lines of the tallest wrapped cell of the row being written. */
    private int rowLines;

    ComparisonSheet(Workbook workbook, Sheet sheet, DataTable table, double smic, WorkbookStyles styles,
            Messages messages) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.table = table;
        this.smic = smic;
        this.styles = styles;
        this.messages = messages;
        this.linkText = messages.get("workbook.brochureLink").replace("\"", "");
        Row header = sheet.createRow(0);
        int lines = 2;
        for (DataColumn column : DataColumn.values()) {
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(table.header(column));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
            sheet.setColumnHidden(column.ordinal(), column.hidden());
            if (!column.hidden()) {
                lines = Math.max(lines, WrappedText.lines(table.header(column), column.width / WrappedText.BOLD));
            }
        }
        header.setHeightInPoints(WrappedText.points(lines));
    }

    void add(ComparisonRow data) {
        FicheSummary f = data.fiche();
        int index = ++rows;
        Row row = sheet.createRow(index);
        // Text from the catalog is always a string cell: a title "=HYPERLINK(…)" stays text.
        rowLines = 1;
        text(row, DataColumn.GUIDE, f.guide());
        text(row, DataColumn.TITLE, f.title());
        text(row, DataColumn.ROME, f.rome().code());
        text(row, DataColumn.ROME_LABEL, data.romeLabel());
        // An unknown fact leaves its cell empty (no cell at all): never a zero a formula or a chart would count.
        f.fap().map(FapCode::code).ifPresent(code -> text(row, DataColumn.FAP, code));
        text(row, DataColumn.FAP_LABEL, data.fapLabel());
        f.educationLevel().ifPresent(level -> text(row, DataColumn.LEVEL, messages.get(level.messageKey())));
        f.recommendedBac().ifPresent(bac -> text(row, DataColumn.BAC, bac));
        f.employability().ifPresent(e -> text(row, DataColumn.EMPLOYABILITY, messages.get(e.messageKey())));
        f.mobility().ifPresent(m -> text(row, DataColumn.MOBILITY, messages.get(m.messageKey())));
        data.source().ifPresent(source -> text(row, DataColumn.SOURCE, source));
        // Set while the row is written: the streaming writer flushes it soon after, and keeps nothing to size later.
        WrappedText.fit(row, rowLines);
        f.salary().starting().ifPresent(amount -> amount(row, DataColumn.STARTING, amount));
        f.salary().experienced().ifPresent(amount -> amount(row, DataColumn.EXPERIENCED, amount));
        String excelRow = String.valueOf(index + 1);
        String starting = DataColumn.STARTING.letter() + excelRow;
        String experienced = DataColumn.EXPERIENCED.letter() + excelRow;
        // Plain cell references within the row: 100 000 rows recalculate fast, in Excel and LibreOffice alike.
        Cell progression = formula(row, DataColumn.PROGRESSION, "IF(AND(ISNUMBER(" + starting + "),ISNUMBER("
                + experienced + "))," + experienced + "/" + starting + "-1,\"\")", styles.percent);
        f.salary().progression().ifPresentOrElse(progression::setCellValue, () -> progression.setCellValue(""));
        Cell ratio = formula(row, DataColumn.SMIC_RATIO, "IF(ISNUMBER(" + starting + ")," + starting + "/" + SMIC_NAME
                + ",\"\")", styles.ratio);
        f.salary().starting().ifPresentOrElse(amount -> ratio.setCellValue(amount.doubleValue() / smic),
                () -> ratio.setCellValue(""));
        // A HYPERLINK formula rather than a hyperlink object: POI keeps hyperlink objects in memory even when
        // streaming, which is what made 100 000 rows overflow a 256 MB heap. The address is ours (site address,
        // slug and id), never text from the catalog.
        formula(row, DataColumn.BROCHURE, "HYPERLINK(\"" + data.brochureLink().replace("\"", "") + "\",\""
                + linkText + "\")", styles.link).setCellValue(linkText);
        data.factsDate().ifPresent(day -> {
            Cell cell = row.createCell(DataColumn.FACTS_DATE.ordinal());
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        });
        f.educationLevel().ifPresent(l -> number(row, DataColumn.LEVEL_RANK, l.frameworkLevel(), styles.integer));
        f.employability().ifPresent(e -> number(row, DataColumn.EMPLOYABILITY_RANK, e.step(), styles.integer));
        f.mobility().ifPresent(mobility -> number(row, DataColumn.MOBILITY_RANK, mobility.step(), styles.integer));
        // 1 while the filter shows the row, 0 once it hides it: what the summary sheets count and average.
        formula(row, DataColumn.SHOWN, "SUBTOTAL(103," + DataColumn.TITLE.letter() + excelRow + ")", styles.integer)
                .setCellValue(1);
    }

    int rows() {
        return rows;
    }

    /** What only makes sense once every row is there: the total row, frozen panes, data bars, printing. */
    void finish(double startingAverage, double experiencedAverage, double progressionAverage) {
        int last = Math.max(1, rows);
        Row total = sheet.createRow(table.totalRow());
        String label = messages.get("workbook.total.label");
        table.totalLabel(DataColumn.GUIDE, label);
        Cell labelCell = total.createCell(DataColumn.GUIDE.ordinal());
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.totalText);
        total.setHeightInPoints(
                WrappedText.points(WrappedText.lines(label, DataColumn.GUIDE.width / WrappedText.BOLD)));
        total(total, DataColumn.TITLE, 103, STTotalsRowFunction.COUNT, rows, styles.totalCount);
        total(total, DataColumn.STARTING, 101, STTotalsRowFunction.AVERAGE, startingAverage, styles.totalEuro);
        total(total, DataColumn.EXPERIENCED, 101, STTotalsRowFunction.AVERAGE, experiencedAverage, styles.totalEuro);
        total(total, DataColumn.PROGRESSION, 101, STTotalsRowFunction.AVERAGE, progressionAverage,
                styles.totalPercent);
        total(total, DataColumn.SMIC_RATIO, 101, STTotalsRowFunction.AVERAGE, startingAverage / smic,
                styles.totalRatio);
        sheet.createFreezePane(2, 1);
        DataBars.apply(sheet, last);
        PrintLayout.apply(sheet, true, messages);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, DataColumn.lastShown().ordinal(), 0, last + 1);
    }

    /** A SUBTOTAL of the column's shown rows; blank when there is nothing to average, never a division error. */
    private void total(Row row, DataColumn column, int function, STTotalsRowFunction.Enum kind, double cached,
            CellStyle style) {
        table.totalFunction(column, kind);
        String subtotal = "SUBTOTAL(" + function + "," + table.column(column) + ")";
        String formula = function == 103 ? subtotal
                : "IF(SUBTOTAL(102," + table.column(column) + ")=0,\"\"," + subtotal + ")";
        Cell cell = formula(row, column, formula, style);
        if (Double.isNaN(cached)) {
            cell.setCellValue("");
        }
        else {
            cell.setCellValue(cached);
        }
    }

    private void text(Row row, DataColumn column, String value) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(value);
        cell.setCellStyle(column.wrap ? styles.wrapped : styles.text);
        if (column.wrap) {
            rowLines = Math.max(rowLines, WrappedText.lines(value, column.width));
        }
    }

    private void amount(Row row, DataColumn column, BigDecimal amount) {
        number(row, column, amount.doubleValue(), styles.euro(amount));
    }

    private static void number(Row row, DataColumn column, double value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static Cell formula(Row row, DataColumn column, String formula, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }
}
