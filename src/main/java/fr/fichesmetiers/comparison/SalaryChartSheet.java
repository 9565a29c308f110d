package fr.fichesmetiers.comparison;

import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel bar chart, average starting against average experienced salary per category (guide, or
 * profile when one guide is selected). Its series point at cells and carry the values too, so it shows right
 * away, in LibreOffice as in Excel.
 */
final class SalaryChartSheet {

    private static final byte[] STARTING_COLOR = {(byte) 0x8F, (byte) 0xB4, (byte) 0xD9};
    private static final byte[] EXPERIENCED_COLOR = {0x1F, 0x4E, 0x79};

    private SalaryChartSheet() {
    }

    private static XDDFSolidFillProperties fill(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    /**
     * @param categories the category labels
     * @param categoryRange the cells holding them, such as {@code 'Par guide'!$A$2:$A$5}
     */
    static void draw(XSSFSheet sheet, int col, int row, String title, String[] categories, String categoryRange,
            Double[] starting, String startingRange, String startingName, Double[] experienced,
            String experiencedRange, String experiencedName) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(18, Math.min(40, 8 + categories.length));
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + 10, row + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setNumberFormat(WorkbookStyles.EURO_FORMAT);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        XDDFNumericalDataSource<Double> start = XDDFDataSourcesFactory.fromArray(starting, startingRange);
        XDDFNumericalDataSource<Double> end = XDDFDataSourcesFactory.fromArray(experienced, experiencedRange);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        // Explicit fills: without them LibreOffice draws the bars transparent.
        XDDFChartData.Series first = data.addSeries(labels, start);
        first.setTitle(startingName, null);
        first.setFillProperties(fill(STARTING_COLOR));
        XDDFChartData.Series second = data.addSeries(labels, end);
        second.setTitle(experiencedName, null);
        second.setFillProperties(fill(EXPERIENCED_COLOR));
        chart.plot(data);
    }
}
