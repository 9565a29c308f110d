package fr.fichesmetiers.comparison;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;

/**
 * The data sheet's conditional formats. Salary bars start at 0 €, so that a bar's length is the salary (starting
 * at the lowest one makes 1 835 € an empty bar beside a full 2 000 €); both salary columns share one scale. The
 * progression is shaded in one hue, light to darker blue: no red against green, which many readers cannot tell
 * apart, which reads as a verdict on a profession, and which prints as the same grey.
 */
final class DataBars {

    static final byte[] BAR = {(byte) 0x8F, (byte) 0xB4, (byte) 0xD9};
    static final byte[] SCALE_LOW = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    static final byte[] SCALE_HIGH = {(byte) 0x9D, (byte) 0xC3, (byte) 0xE6};

    private DataBars() {
    }

    /** @param last the 0-based index of the last data row */
    static void apply(Sheet sheet, int last) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule bars = formatting.createConditionalFormattingRule(new XSSFColor(BAR));
        XSSFDataBarFormatting bar = (XSSFDataBarFormatting) bars.getDataBarFormatting();
        XSSFConditionalFormattingThreshold min = bar.getMinThreshold();
        min.setRangeType(RangeType.NUMBER);
        min.setValue(0d);
        bar.getMaxThreshold().setRangeType(RangeType.MAX);
        // The whole width for the largest salary, none for 0 € (Excel's default draws at least 10 %).
        bar.setWidthMin(0);
        bar.setWidthMax(100);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last,
                DataColumn.STARTING.ordinal(), DataColumn.EXPERIENCED.ordinal())}, bars);
        ConditionalFormattingRule scale = formatting.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting colors = (XSSFColorScaleFormatting) scale.getColorScaleFormatting();
        colors.setNumControlPoints(2);
        colors.setColors(new XSSFColor[] {new XSSFColor(SCALE_LOW), new XSSFColor(SCALE_HIGH)});
        XSSFConditionalFormattingThreshold low = colors.createThreshold();
        low.setRangeType(RangeType.MIN);
        XSSFConditionalFormattingThreshold high = colors.createThreshold();
        high.setRangeType(RangeType.MAX);
        colors.setThresholds(new XSSFConditionalFormattingThreshold[] {low, high});
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last,
                DataColumn.PROGRESSION.ordinal(), DataColumn.PROGRESSION.ordinal())}, scale);
    }
}
