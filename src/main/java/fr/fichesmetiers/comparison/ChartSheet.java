package fr.fichesmetiers.comparison;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.support.Messages;

/**
 * The chart's own sheet: one pair of bars per profession (starting, experienced), from the highest starting salary
 * down, the SMIC as a line with its date, and below it the figures the chart draws. An average per guide would put
 * a doctor and a hospital agent in the same bar; a profession without a known starting salary comes last.
 */
final class ChartSheet {

    /** Beyond this many professions, bars are too thin to read: the chart shows the first ones. */
    static final int MAX_PROFESSIONS = 60;

    /** Rows the chart takes, and the first row of its figures. */
    static final int CHART_ROWS = 30;
    static final int FIRST_CHART_ROW = 3;
    static final int DATA_HEADER = FIRST_CHART_ROW + CHART_ROWS + 1;

    private static final int[] WIDTHS = {40, 16, 16, 16, 12, 12, 12, 12, 12};

    /** Highest starting salary first; unknown ones last, by experienced salary; then by title. */
    static final Comparator<ComparisonRow> ORDER = Comparator
            .comparing((ComparisonRow r) -> r.fiche().salary().starting(), ChartSheet::descending)
            .thenComparing(r -> r.fiche().salary().experienced(), ChartSheet::descending);

    private ChartSheet() {
    }

    static void write(Sheet sheet, XSSFSheet base, List<ComparisonRow> rows, SmicLine smic, String sources,
            WorkbookStyles styles, Messages messages) {
        List<ComparisonRow> shown = rows.stream().sorted(ORDER).limit(MAX_PROFESSIONS).toList();
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        String title = messages.get(rows.size() > shown.size() ? "workbook.chart.firstProfessions"
                : "workbook.chart.professions", String.valueOf(shown.size()), count(rows.size(), messages));
        Row titleRow = sheet.createRow(0);
        cell(titleRow, 0, title).setCellStyle(styles.title);
        titleRow.setHeightInPoints(22);
        Row noteRow = sheet.createRow(1);
        String note = messages.get("workbook.chart.note", smic.label(), sources);
        cell(noteRow, 0, note).setCellStyle(styles.note);
        int span = WIDTHS.length - 1;
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, span));
        WrappedText.fit(noteRow, WrappedText.lines(note, Arrays.stream(WIDTHS).sum()));
        Row header = sheet.createRow(DATA_HEADER);
        String[] keys = {"workbook.column.title", "workbook.column.starting", "workbook.column.experienced"};
        for (int i = 0; i < keys.length; i++) {
            cell(header, i, messages.get(keys[i])).setCellStyle(styles.header);
        }
        cell(header, 3, smic.name()).setCellStyle(styles.header);
        header.setHeightInPoints(WrappedText.points(WrappedText.lines(smic.name(), WIDTHS[3] / WrappedText.BOLD)));
        String[] titles = new String[shown.size()];
        Double[] starting = new Double[shown.size()];
        Double[] experienced = new Double[shown.size()];
        Double[] line = new Double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            ComparisonRow data = shown.get(i);
            Row row = sheet.createRow(DATA_HEADER + 1 + i);
            titles[i] = data.fiche().title();
            cell(row, 0, titles[i]).setCellStyle(styles.wrapped);
            WrappedText.fit(row, WrappedText.lines(titles[i], WIDTHS[0]));
            SalaryRange salary = data.fiche().salary();
            starting[i] = amount(row, 1, salary.starting(), styles);
            experienced[i] = amount(row, 2, salary.experienced(), styles);
            Cell smicCell = row.createCell(3);
            smicCell.setCellFormula(ComparisonSheet.SMIC_NAME);
            smicCell.setCellValue(smic.amount());
            smicCell.setCellStyle(styles.euroCents);
            line[i] = smic.amount();
        }
        String ref = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        int first = DATA_HEADER + 2;
        int last = DATA_HEADER + 1 + Math.max(1, shown.size());
        SalaryChart.draw(base, new SalaryChart.Place(0, FIRST_CHART_ROW, WIDTHS.length, CHART_ROWS), title, titles,
                ref + "$A$" + first + ":$A$" + last,
                new SalaryChart.Series(messages.get("workbook.column.starting"), starting,
                        ref + "$B$" + first + ":$B$" + last),
                new SalaryChart.Series(messages.get("workbook.column.experienced"), experienced,
                        ref + "$C$" + first + ":$C$" + last),
                new SalaryChart.Series(smic.name(), line, ref + "$D$" + first + ":$D$" + last),
                messages.get("workbook.chart.axis"), styles.formats.euro());
        PrintLayout.apply(sheet, true, messages);
    }

    private static Double amount(Row row, int column, Optional<BigDecimal> amount, WorkbookStyles styles) {
        if (amount.isEmpty()) {
            return null;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.get().doubleValue());
        cell.setCellStyle(styles.euro(amount.get()));
        return amount.get().doubleValue();
    }

    /** 100 000 written as the reader's language writes it, {@code 100 000} or {@code 100,000}. */
    static String count(int n, Messages messages) {
        String written = NumberFormat.getIntegerInstance(messages.locale()).format(n);
        return written.replace('\u00A0', '\u202F');
    }

    private static Cell cell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static int descending(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isPresent() && b.isPresent()) {
            return b.get().compareTo(a.get());
        }
        return a.isPresent() ? -1 : b.isPresent() ? 1 : 0;
    }
}
