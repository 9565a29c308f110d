package fr.fichesmetiers.comparison;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.support.Messages;

/**
 * Writes the comparison workbook: the data table, a view to print, the salary chart, summaries by guide and by
 * level that follow the data table's filter, codes, and an "about" sheet. Plain Java over Apache POI. Above a row
 * threshold the workbook is streamed (SXSSF), so that a catalog of 100 000 profiles fits in a small heap; its
 * temporary files are always disposed of.
 */
public final class ComparisonWorkbookWriter {

    /** What was written. */
    public record Result(int rows, boolean streamed) {
    }

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
            WorkbookStyles styles = new WorkbookStyles(workbook, primary, WorkbookFormats.of(messages.locale()));
            SmicLine smic = SmicLine.of(info.smic(), messages);
            Sheet dataSheet = workbook.createSheet(messages.get("workbook.sheet.comparison"));
            Sheet printView = workbook.createSheet(messages.get("workbook.sheet.print"));
            Sheet chart = workbook.createSheet(messages.get("workbook.sheet.chart"));
            Sheet byGuide = workbook.createSheet(messages.get("workbook.sheet.byGuide"));
            Sheet byLevel = workbook.createSheet(messages.get("workbook.sheet.byLevel"));
            Sheet codes = workbook.createSheet(messages.get("workbook.sheet.codes"));
            Sheet about = workbook.createSheet(messages.get("workbook.sheet.about"));
            // The SMIC is one named cell of the about sheet: a new value there updates every "× SMIC".
            Name smicName = workbook.createName();
            smicName.setNameName(ComparisonSheet.SMIC_NAME);
            smicName.setRefersToFormula(AboutSheet.smicCell(about.getSheetName()));
            DataTable table = new DataTable(base.getSheet(dataSheet.getSheetName()), rows.size(), messages);
            ComparisonSheet data = new ComparisonSheet(workbook, dataSheet, table, smic.amount(), styles, messages);
            Map<String, GroupStats> guides = new LinkedHashMap<>();
            Map<EducationLevel, GroupStats> levels = new EnumMap<>(EducationLevel.class);
            GroupStats all = new GroupStats();
            CodesSheet codeUses = new CodesSheet();
            SalarySources sources = new SalarySources();
            for (ComparisonRow row : rows) {
                data.add(row);
                all.add(row.fiche().salary());
                guides.computeIfAbsent(row.fiche().guide(), g -> new GroupStats()).add(row.fiche().salary());
                // A profile without a level is in no level's group, as the level formulas see it.
                row.fiche().educationLevel().ifPresent(level -> levels.computeIfAbsent(level, l -> new GroupStats())
                        .add(row.fiche().salary()));
                codeUses.add(row);
                sources.add(row);
            }
            data.finish(all.starting.average(), all.experienced.average(), all.progression.average());
            PrintViewSheet.write(printView, rows, styles, messages);
            String sourceText = sources.describe(info.version(), messages);
            ChartSheet.write(chart, base.getSheet(chart.getSheetName()), rows, smic, sourceText, styles, messages);
            List<SummarySheet.Group> guideGroups = new ArrayList<>();
            int[] guideRow = {1};
            guides.forEach((guide, stats) -> guideGroups.add(new SummarySheet.Group(guide, DataColumn.GUIDE,
                    "$A" + ++guideRow[0], stats)));
            SummarySheet.write(byGuide, table, messages.get("workbook.column.guide"), guideGroups, all, smic.amount(),
                    styles, messages);
            List<SummarySheet.Group> levelGroups = new ArrayList<>();
            levels.forEach((level, stats) -> levelGroups.add(new SummarySheet.Group(messages.get(level.messageKey()),
                    DataColumn.LEVEL_RANK, String.valueOf(level.frameworkLevel()), stats)));
            int levelRows = SummarySheet.write(byLevel, table, messages.get("workbook.column.level"), levelGroups, all,
                    smic.amount(), styles, messages);
            LevelChart.draw(base.getSheet(byLevel.getSheetName()), levelGroups, levelRows, smic, styles, messages);
            codeUses.write(codes, styles, messages);
            AboutSheet.write(about, info, rows.size(), smic, sourceText, styles, messages);
            WorkbookProperties.set(base, info, messages);
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
}
