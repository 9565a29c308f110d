package fr.fichesmetiers.comparison;

import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import fr.fichesmetiers.support.Messages;

/**
 * The chart of "Par niveau": average starting and experienced salary per education level, in the levels' order,
 * with the SMIC line. It draws the summary's cells, so it follows the data table's filter too.
 */
final class LevelChart {

    private LevelChart() {
    }

    static void draw(XSSFSheet sheet, List<SummarySheet.Group> groups, int rows, SmicLine smic, WorkbookStyles styles,
            Messages messages) {
        String ref = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        int last = Math.max(2, rows + 1);
        String[] labels = groups.stream().map(SummarySheet.Group::label).toArray(String[]::new);
        Double[] starting = groups.stream().map(g -> known(g.stats().starting.average())).toArray(Double[]::new);
        Double[] experienced = groups.stream().map(g -> known(g.stats().experienced.average())).toArray(Double[]::new);
        Double[] line = groups.stream().map(g -> smic.amount()).toArray(Double[]::new);
        SalaryChart.draw(sheet, new SalaryChart.Place(0, rows + 5, 9, 22), messages.get("workbook.chart.byLevel"),
                labels, range(ref, SummarySheet.LABEL, last),
                new SalaryChart.Series(messages.get("workbook.summary.startingAverage"), starting,
                        range(ref, SummarySheet.STARTING_AVERAGE, last)),
                new SalaryChart.Series(messages.get("workbook.summary.experiencedAverage"), experienced,
                        range(ref, SummarySheet.EXPERIENCED_AVERAGE, last)),
                new SalaryChart.Series(smic.name(), line, range(ref, SummarySheet.SMIC, last)),
                messages.get("workbook.chart.axis"), styles.formats.euro());
    }

    private static String range(String sheet, int column, int last) {
        String letter = CellReference.convertNumToColString(column);
        return sheet + "$" + letter + "$2:$" + letter + "$" + last;
    }

    private static Double known(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
