package fr.fichesmetiers.comparison;

import java.awt.Color;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** The few cell styles of the workbook, created once (a workbook holds at most 64 000 styles). */
final class WorkbookStyles {

    /** The font size of the printed view: at 100 % on A4, well above the 9 pt a pupil reads comfortably. */
    static final short PRINT_POINTS = 10;

    final WorkbookFormats formats;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle euro;
    final CellStyle euroCents;
    final CellStyle percent;
    final CellStyle ratio;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle count;
    final CellStyle euroLeft;
    final CellStyle centered;
    final CellStyle link;
    final CellStyle title;
    final CellStyle label;
    final CellStyle note;
    final CellStyle totalText;
    final CellStyle totalEuro;
    final CellStyle totalPercent;
    final CellStyle totalRatio;
    final CellStyle totalCount;
    final PrintStyles print;
    final XSSFColor primary;

    /** The printed view's styles, in a larger font than the data sheet's. */
    record PrintStyles(CellStyle header, CellStyle group, CellStyle wrapped, CellStyle centered, CellStyle euro,
            CellStyle euroCents) {
    }

    WorkbookStyles(Workbook workbook, Color primaryColor, WorkbookFormats formats) {
        this.formats = formats;
        primary = new XSSFColor(new byte[] {(byte) primaryColor.getRed(), (byte) primaryColor.getGreen(),
                (byte) primaryColor.getBlue()});
        DataFormat format = workbook.createDataFormat();
        // The default font names Calibri outright: as the theme's "minor" font (there is no theme part) LibreOffice
        // reads it as its own default, wider, and wrapped text no longer fits the rows sized for Calibri.
        ((XSSFFont) workbook.getFontAt(0)).setScheme(FontScheme.NONE);
        Font bold = font(workbook, true, (short) 11);
        Font white = font(workbook, true, (short) 11);
        white.setColor(IndexedColors.WHITE.getIndex());
        header = headerStyle(workbook, white);
        text = top(workbook, null);
        wrapped = top(workbook, null);
        wrapped.setWrapText(true);
        euro = top(workbook, null);
        euro.setDataFormat(format.getFormat(formats.euro()));
        euroCents = top(workbook, null);
        euroCents.setDataFormat(format.getFormat(formats.euroCents()));
        percent = top(workbook, null);
        percent.setDataFormat(format.getFormat(formats.percent()));
        ratio = top(workbook, null);
        ratio.setDataFormat(format.getFormat(formats.ratio()));
        date = top(workbook, null);
        date.setDataFormat(format.getFormat(formats.date()));
        date.setAlignment(HorizontalAlignment.LEFT);
        integer = top(workbook, null);
        integer.setDataFormat(format.getFormat("0"));
        // A number among text values (the about sheet): aligned left like them, with a thousands separator.
        count = top(workbook, null);
        count.setDataFormat(format.getFormat(formats.count()));
        count.setAlignment(HorizontalAlignment.LEFT);
        euroLeft = top(workbook, null);
        euroLeft.setDataFormat(format.getFormat(formats.euroCents()));
        euroLeft.setAlignment(HorizontalAlignment.LEFT);
        // A count between two text columns (codes sheet): centred, so it does not read as part of either.
        centered = top(workbook, null);
        centered.setDataFormat(format.getFormat("0"));
        centered.setAlignment(HorizontalAlignment.CENTER);
        Font underline = workbook.createFont();
        underline.setUnderline(Font.U_SINGLE);
        underline.setColor(IndexedColors.BLUE.getIndex());
        link = top(workbook, underline);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, (short) 14));
        label = top(workbook, bold);
        label.setWrapText(true);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        note = top(workbook, italic);
        note.setWrapText(true);
        totalText = total(workbook, bold, null);
        totalEuro = total(workbook, bold, format.getFormat(formats.euroCents()));
        totalPercent = total(workbook, bold, format.getFormat(formats.percent()));
        totalRatio = total(workbook, bold, format.getFormat(formats.ratio()));
        totalCount = total(workbook, bold, format.getFormat(formats.count()));
        Font printed = font(workbook, false, PRINT_POINTS);
        Font printedWhite = font(workbook, true, PRINT_POINTS);
        printedWhite.setColor(IndexedColors.WHITE.getIndex());
        CellStyle printEuro = top(workbook, printed);
        printEuro.setDataFormat(format.getFormat(formats.euro()));
        CellStyle printCents = top(workbook, printed);
        printCents.setDataFormat(format.getFormat(formats.euroCents()));
        CellStyle printWrapped = top(workbook, printed);
        printWrapped.setWrapText(true);
        CellStyle group = top(workbook, font(workbook, true, (short) (PRINT_POINTS + 1)));
        group.setVerticalAlignment(VerticalAlignment.BOTTOM);
        group.setBorderBottom(BorderStyle.THIN);
        CellStyle printCentered = top(workbook, printed);
        printCentered.setAlignment(HorizontalAlignment.CENTER);
        print = new PrintStyles(headerStyle(workbook, printedWhite), group, printWrapped, printCentered, printEuro,
                printCents);
    }

    /** Amounts keep their cents only when they have some, as the brochures print them. */
    CellStyle euro(java.math.BigDecimal amount) {
        return WorkbookFormats.hasCents(amount) ? euroCents : euro;
    }

    private CellStyle headerStyle(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        ((XSSFCellStyle) style).setFillForegroundColor(primary);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static Font font(Workbook workbook, boolean bold, short points) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints(points);
        return font;
    }

    private static CellStyle top(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        // Always set: a style that leaves its font to the default one is drawn by LibreOffice in its own.
        style.setFont(font != null ? font : workbook.getFontAt(0));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle total(Workbook workbook, Font bold, Short format) {
        CellStyle style = top(workbook, bold);
        style.setBorderTop(BorderStyle.DOUBLE);
        if (format != null) {
            style.setDataFormat(format);
        }
        return style;
    }
}
