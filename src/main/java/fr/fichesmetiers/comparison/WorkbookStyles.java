package fr.fichesmetiers.comparison;

import java.awt.Color;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles of the workbook, created once (a workbook holds at most 64 000 styles). */
final class WorkbookStyles {

    /** Euros without decimals, shown {@code 2 000 €} by a French Excel. */
    static final String EURO_FORMAT = "#,##0 \"€\"";
    static final String PERCENT_FORMAT = "0%";

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle euro;
    final CellStyle percent;
    final CellStyle integer;
    final CellStyle count;
    final CellStyle centered;
    final CellStyle link;
    final CellStyle title;
    final CellStyle label;
    final XSSFColor primary;

    WorkbookStyles(Workbook workbook, Color primaryColor) {
        primary = new XSSFColor(new byte[] {(byte) primaryColor.getRed(), (byte) primaryColor.getGreen(),
                (byte) primaryColor.getBlue()});
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(white);
        ((XSSFCellStyle) header).setFillForegroundColor(primary);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        short euroFormat = workbook.createDataFormat().getFormat(EURO_FORMAT);
        euro = workbook.createCellStyle();
        euro.setDataFormat(euroFormat);
        euro.setVerticalAlignment(VerticalAlignment.TOP);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        // A number among text values (the about sheet): aligned left like them, with a thousands separator.
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        count.setAlignment(HorizontalAlignment.LEFT);
        count.setVerticalAlignment(VerticalAlignment.TOP);
        // A count between two text columns (codes sheet): centred, so it does not read as part of either.
        centered = workbook.createCellStyle();
        centered.setDataFormat(workbook.createDataFormat().getFormat("0"));
        centered.setAlignment(HorizontalAlignment.CENTER);
        centered.setVerticalAlignment(VerticalAlignment.TOP);
        Font underline = workbook.createFont();
        underline.setUnderline(Font.U_SINGLE);
        underline.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(underline);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
