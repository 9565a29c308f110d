package fr.fichesmetiers.importing.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * A cell's value as text, the way the contract reads it, never through a locale: a number as its plain decimal
 * ({@code 2000}, {@code 1867.02}: what Excel stores, whatever it displays), a date as ISO ({@code 2026-06-01}), a
 * formula as its cached result, a shared or inline string as written.
 */
final class SheetCells {

    /** Excel keeps 15 significant digits: {@code 0.30000000000000004} is the 0.3 it shows. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final SpooledStrings strings;
    private final StylesTable styles;
    private final boolean date1904;

    SheetCells(SpooledStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * @param type the cell's {@code t} attribute, or {@code null} (a number)
     * @param style the cell's {@code s} attribute, or {@code null}
     * @param raw the text of its {@code v} (or of its inline string)
     * @throws XMLStreamException when the shared strings are damaged
     */
    String value(String type, String style, String raw) throws XMLStreamException {
        if (raw == null) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(raw);
            case "inlineStr", "str" -> raw;
            case "b" -> "1".equals(raw) ? "VRAI" : "FAUX";
            case "e" -> raw;
            case "d" -> raw.endsWith("T00:00:00") ? raw.substring(0, raw.length() - 9) : raw;
            default -> number(style, raw);
        };
    }

    /** A string of the table by its index; an index that is no number, or that the table lacks, reads blank. */
    private String sharedString(String raw) throws XMLStreamException {
        int index;
        try {
            index = Integer.parseInt(raw.strip());
        }
        catch (NumberFormatException e) {
            return "";
        }
        String text = strings.get(index);
        return text == null ? "" : text;
    }

    private String number(String style, String raw) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw.strip());
        }
        catch (NumberFormatException e) {
            return raw;
        }
        if (style != null && isDate(style)) {
            LocalDateTime when = DateUtil.getLocalDateTime(number.doubleValue(), date1904);
            if (when != null) {
                return when.toLocalTime().toSecondOfDay() == 0 ? when.toLocalDate().toString() : when.toString();
            }
        }
        String plain = number.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    private boolean isDate(String style) {
        try {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style.strip()));
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }
        catch (RuntimeException e) {
            return false;
        }
    }
}
