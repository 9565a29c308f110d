package fr.fichesmetiers.comparison;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native bar chart: starting against experienced salary per category (a profession, a level), with the SMIC as
 * a dashed reference line. Its series point at cells and carry the values too, so it shows right away, in
 * LibreOffice as in Excel; an unknown salary is a gap, never a bar at 0.
 */
final class SalaryChart {

    private static final byte[] STARTING_COLOR = {(byte) 0x8F, (byte) 0xB4, (byte) 0xD9};
    private static final byte[] EXPERIENCED_COLOR = {0x1F, 0x4E, 0x79};
    private static final byte[] SMIC_COLOR = {(byte) 0xC0, 0x50, 0x00};

    /** A series: its name, its values (null for unknown) and the cells holding them. */
    record Series(String name, Double[] values, String range) {
    }

    /** Where the chart goes: first column and row, and its size in columns and rows. */
    record Place(int column, int row, int columns, int rows) {
    }

    private SalaryChart() {
    }

    static XSSFChart draw(XSSFSheet sheet, Place place, String title, String[] categories, String categoryRange,
            Series starting, Series experienced, Series smic, String valueTitle, String euroFormat) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.column(), place.row(),
                place.column() + place.columns(), place.row() + place.rows());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // An empty cell is a missing bar; the SMIC column may be hidden and still drawn.
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.getCTChart().addNewPlotVisOnly().setVal(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        // Bars start at 0 €: a bar's height is the salary, as the data sheet's bars.
        valueAxis.setMinimum(0);
        valueAxis.setNumberFormat(euroFormat);
        valueAxis.setTitle(valueTitle);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        // Explicit fills: without them LibreOffice draws the bars transparent.
        series(bars, labels, starting).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(STARTING_COLOR)));
        series(bars, labels, experienced)
                .setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(EXPERIENCED_COLOR)));
        chart.plot(bars);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
        line.setVaryColors(false);
        XDDFLineChartData.Series reference = (XDDFLineChartData.Series) series(line, labels, smic);
        reference.setMarkerStyle(MarkerStyle.NONE);
        reference.setSmooth(false);
        XDDFLineProperties dashed = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(SMIC_COLOR)));
        dashed.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        dashed.setWidth(2.25);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(dashed);
        reference.setShapeProperties(shape);
        chart.plot(line);
        return chart;
    }

    private static XDDFChartData.Series series(XDDFChartData data, XDDFDataSource<String> labels, Series series) {
        XDDFChartData.Series added = data.addSeries(labels,
                XDDFDataSourcesFactory.fromArray(series.values(), series.range()));
        added.setTitle(series.name(), null);
        return added;
    }
}

