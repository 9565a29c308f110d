package fr.fichesmetiers.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.Messages;

/**
 * The sheet to print for a pupil: the few columns they read (profession, level, salaries, employability), each
 * guide under its own heading, in a 10 pt font on portrait A4 at full scale; codes and long official labels stay on
 * the data and codes sheets. Rows are given the height of their wrapped title, which Excel and LibreOffice both keep.
 */
final class PrintViewSheet {

    /** Title, level, starting and experienced salary, employability: 87 characters, within A4 portrait's 90. */
    static final int[] WIDTHS = {36, 12, 12, 13, 14};

    /** What fits between margins of 1.5 cm on A4 portrait, in widths of the default font's digit (7 px at 96 dpi). */
    static final int PAGE_CHARS = 90;

    static final double MARGIN_INCHES = 0.6;

    private static final String[] HEADER_KEYS = {"workbook.column.title", "workbook.column.level",
            "workbook.column.starting", "workbook.column.experienced", "workbook.column.employability"};

    private PrintViewSheet() {
    }

    static void write(Sheet sheet, List<ComparisonRow> rows, WorkbookStyles styles, Messages messages) {
        WorkbookStyles.PrintStyles print = styles.print;
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int i = 0; i < HEADER_KEYS.length; i++) {
            String text = messages.get(HEADER_KEYS[i]);
            Cell cell = header.createCell(i);
            cell.setCellValue(text);
            cell.setCellStyle(print.header());
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
            lines = Math.max(lines, WrappedText.lines(text, fontChars(WIDTHS[i]) / WrappedText.BOLD));
        }
        header.setHeightInPoints(WrappedText.points(lines, WorkbookStyles.PRINT_POINTS));
        int r = 0;
        String guide = null;
        for (ComparisonRow data : rows) {
            FicheSummary f = data.fiche();
            if (!f.guide().equals(guide)) {
                guide = f.guide();
                Row heading = sheet.createRow(++r);
                Cell cell = heading.createCell(0);
                cell.setCellValue(guide);
                cell.setCellStyle(print.group());
                for (int i = 1; i < WIDTHS.length; i++) {
                    heading.createCell(i).setCellStyle(print.group());
                }
                // Room above the guide's name, which sits on the rule that opens its professions.
                heading.setHeightInPoints(WrappedText.points(1, (short) (WorkbookStyles.PRINT_POINTS + 1)) + 8);
            }
            Row row = sheet.createRow(++r);
            text(row, 0, f.title(), print.wrapped());
            f.educationLevel().ifPresent(level -> text(row, 1, messages.get(level.messageKey()), print.centered()));
            amount(row, 2, f.salary().starting(), print);
            amount(row, 3, f.salary().experienced(), print);
            f.employability().ifPresent(e -> text(row, 4, messages.get(e.messageKey()), print.centered()));
            row.setHeightInPoints(WrappedText.points(WrappedText.lines(f.title(), fontChars(WIDTHS[0])),
                    WorkbookStyles.PRINT_POINTS));
        }
        sheet.createFreezePane(0, 1);
        PrintLayout.apply(sheet, false, messages);
        sheet.setMargin(Sheet.LeftMargin, MARGIN_INCHES);
        sheet.setMargin(Sheet.RightMargin, MARGIN_INCHES);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** A column's width in characters of the printed font, smaller than the default font its width is counted in. */
    static double fontChars(int width) {
        return width * WrappedText.DEFAULT_POINTS / WorkbookStyles.PRINT_POINTS;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void amount(Row row, int column, Optional<BigDecimal> amount, WorkbookStyles.PrintStyles print) {
        amount.ifPresent(value -> {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(WorkbookFormats.hasCents(value) ? print.euroCents() : print.euro());
        });
    }
}
