package fr.fichesmetiers.comparison;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.fichesmetiers.comparison.ComparisonSheet.Column;
import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.support.Messages;

/**
 * Writes the comparison workbook: data sheet, summaries by guide and by level with a chart, codes, and an
 * "about" sheet. Plain Java over Apache POI. Above a row threshold the workbook is streamed (SXSSF), so that a
 * catalog of 100 000 profiles fits in a small heap; its temporary files are always disposed of.
 */
public final class ComparisonWorkbookWriter {

    /** What was written. */
    public record Result(int rows, boolean streamed) {
    }

    /** The per-profile chart shows at most this many profiles: beyond, bars are unreadable. */
    static final int MAX_CHART_PROFILES = 60;

    private final Messages messages;
    private final Color primary;
    private final int streamingThreshold;

    public ComparisonWorkbookWriter(Messages messages, Color primary, int streamingThreshold) {
        this.messages = messages;
        this.primary = primary;
        this.streamingThreshold = streamingThreshold;
    }

    /** @param rows the profiles in display order (by guide, then title) */
    Result write(List<ComparisonRow> rows, WorkbookInfo info, OutputStream out) throws IOException {
        boolean streamed = rows.size() > streamingThreshold;
        XSSFWorkbook base = new XSSFWorkbook();
        Workbook workbook = streamed ? new SXSSFWorkbook(base, 200, true) : base;
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook, primary);
            String dataName = messages.get("workbook.sheet.comparison");
            ComparisonSheet data = new ComparisonSheet(workbook, workbook.createSheet(dataName), styles, messages);
            Sheet byGuide = workbook.createSheet(messages.get("workbook.sheet.byGuide"));
            Sheet byLevel = workbook.createSheet(messages.get("workbook.sheet.byLevel"));
            Sheet codes = workbook.createSheet(messages.get("workbook.sheet.codes"));
            Sheet about = workbook.createSheet(messages.get("workbook.sheet.about"));
            Map<String, GroupStats> guides = new LinkedHashMap<>();
            Map<EducationLevel, GroupStats> levels = new EnumMap<>(EducationLevel.class);
            CodesSheet codeUses = new CodesSheet();
            for (ComparisonRow row : rows) {
                data.add(row);
                SalaryRange salary = row.fiche().salary();
                guides.computeIfAbsent(row.fiche().guide(), g -> new GroupStats())
                        .add(salary.starting(), salary.experienced());
                // A profile without a level is in no level's group, as the level formulas see it.
                row.fiche().educationLevel().ifPresent(level -> levels.computeIfAbsent(level, l -> new GroupStats())
                        .add(salary.starting(), salary.experienced()));
                codeUses.add(row);
            }
            data.finish();
            int guideRows = SummarySheet.write(byGuide, dataName, Column.GUIDE, messages.get("workbook.column.guide"),
                    guides, styles, messages);
            Map<String, GroupStats> levelsByLabel = new LinkedHashMap<>();
            levels.forEach((level, stats) -> levelsByLabel.put(messages.get(level.messageKey()), stats));
            SummarySheet.write(byLevel, dataName, Column.LEVEL, messages.get("workbook.column.level"),
                    levelsByLabel, styles, messages);
            chart(base, byGuide.getSheetName(), dataName, guides, guideRows, rows);
            codeUses.write(codes, styles, messages);
            AboutSheet.write(about, info, rows.size(), styles, messages);
            workbook.setForceFormulaRecalculation(true);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return new Result(rows.size(), streamed);
        }
        finally {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
            workbook.close();
        }
    }

    /** By guide; or, when the workbook covers a single guide, by profile (the first ones). */
    private void chart(XSSFWorkbook base, String summaryName, String dataName, Map<String, GroupStats> guides,
            int guideRows, List<ComparisonRow> rows) {
        String starting = messages.get("workbook.chart.starting");
        String experienced = messages.get("workbook.chart.experienced");
        if (guides.size() > 1 || rows.isEmpty()) {
            String sheet = "'" + summaryName.replace("'", "''") + "'!";
            String last = String.valueOf(guideRows + 1);
            SalaryChartSheet.draw(base.getSheet(summaryName), 9, 0, messages.get("workbook.chart.byGuide"),
                    guides.keySet().toArray(String[]::new), sheet + "$A$2:$A$" + last,
                    guides.values().stream().map(GroupStats::startingAverage).toArray(Double[]::new),
                    sheet + "$D$2:$D$" + last, starting,
                    guides.values().stream().map(GroupStats::experiencedAverage).toArray(Double[]::new),
                    sheet + "$G$2:$G$" + last, experienced);
            return;
        }
        List<ComparisonRow> shown = rows.subList(0, Math.min(MAX_CHART_PROFILES, rows.size()));
        String sheet = "'" + dataName.replace("'", "''") + "'!";
        String last = String.valueOf(shown.size() + 1);
        SalaryChartSheet.draw(base.getSheet(summaryName), 9, 0, messages.get("workbook.chart.byProfile",
                guides.keySet().iterator().next()),
                shown.stream().map(r -> r.fiche().title()).toArray(String[]::new),
                sheet + "$" + Column.TITLE.letter() + "$2:$" + Column.TITLE.letter() + "$" + last,
                shown.stream().map(r -> amount(r.fiche().salary().starting())).toArray(Double[]::new),
                sheet + "$" + Column.STARTING.letter() + "$2:$" + Column.STARTING.letter() + "$" + last, starting,
                shown.stream().map(r -> amount(r.fiche().salary().experienced())).toArray(Double[]::new),
                sheet + "$" + Column.EXPERIENCED.letter() + "$2:$" + Column.EXPERIENCED.letter() + "$" + last,
                experienced);
    }

    /** A chart point, or none for an unknown salary (never a zero bar). */
    private static Double amount(Optional<BigDecimal> salary) {
        return salary.map(BigDecimal::doubleValue).orElse(null);
    }
}
