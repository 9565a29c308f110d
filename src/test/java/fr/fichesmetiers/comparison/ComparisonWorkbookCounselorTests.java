package fr.fichesmetiers.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfvoType;

/**
 * The workbook as a counselor and a pupil read it: bars from 0, one hue, a filterable table whose summaries follow
 * the filter, a printed view, locale formats, a chart per profession with the SMIC, sources, and blanks left blank.
 * Each test runs on the workbook held in memory and on the streamed one: they must not differ.
 */
class ComparisonWorkbookCounselorTests {

    private static final int[] THRESHOLDS = {1000, 1};

    /** Row heights are stored in twentieths of a point. */
    private static final org.assertj.core.data.Offset<Float> TWIP = org.assertj.core.data.Offset.offset(0.05f);

    private static List<XSSFWorkbook> both(String language) throws Exception {
        List<XSSFWorkbook> workbooks = new ArrayList<>();
        for (int threshold : THRESHOLDS) {
            workbooks.add(WorkbookSamples.write(WorkbookSamples.professions(), language, threshold));
        }
        return workbooks;
    }

    private static CTCfRule rule(XSSFSheet sheet, STCfType.Enum type) {
        for (CTConditionalFormatting formatting : sheet.getCTWorksheet().getConditionalFormattingArray()) {
            for (CTCfRule rule : formatting.getCfRuleArray()) {
                if (rule.getType() == type) {
                    return rule;
                }
            }
        }
        throw new AssertionError("no " + type + " rule");
    }

    @Test
    void salaryBarsStartAtZeroAndTheProgressionIsShadedInOneHue() throws Exception {
        for (XSSFWorkbook workbook : both("fr")) {
            XSSFSheet sheet = workbook.getSheet("Comparaison");
            CTCfRule bars = rule(sheet, STCfType.DATA_BAR);
            assertThat(bars.getDataBar().getCfvoArray(0).getType()).isEqualTo(STCfvoType.NUM);
            assertThat(Double.parseDouble(bars.getDataBar().getCfvoArray(0).getVal())).isZero();
            assertThat(bars.getDataBar().getCfvoArray(1).getType()).isEqualTo(STCfvoType.MAX);
            assertThat(bars.getDataBar().getMinLength()).isZero();
            CTCfRule scale = rule(sheet, STCfType.COLOR_SCALE);
            assertThat(scale.getColorScale().getColorArray()).hasSize(2);
            // White to light blue: one hue, no red against green.
            for (var color : scale.getColorScale().getColorArray()) {
                byte[] rgb = color.getRgb();
                int red = rgb[rgb.length - 3] & 0xFF;
                int blue = rgb[rgb.length - 1] & 0xFF;
                assertThat(blue).isGreaterThanOrEqualTo(red);
            }
            workbook.close();
        }
    }

    @Test
    void theDataIsAnExcelTableWithBandedRowsAFilterAndATotalRow() throws Exception {
        for (XSSFWorkbook workbook : both("fr")) {
            XSSFSheet sheet = workbook.getSheet("Comparaison");
            assertThat(sheet.getTables()).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);
            var ct = table.getCTTable();
            assertThat(ct.getName()).isEqualTo("Métiers");
            assertThat(ct.getRef()).isEqualTo("A1:U20");
            assertThat(ct.getTotalsRowCount()).isEqualTo(1);
            assertThat(ct.getAutoFilter().getRef()).isEqualTo("A1:U19");
            assertThat(ct.getTableStyleInfo().getName()).isEqualTo("TableStyleMedium2");
            assertThat(ct.getTableStyleInfo().getShowRowStripes()).isTrue();
            for (int i = 0; i < ct.getTableColumns().sizeOfTableColumnArray(); i++) {
                assertThat(ct.getTableColumns().getTableColumnArray(i).getName())
                        .isEqualTo(sheet.getRow(0).getCell(i).getStringCellValue());
            }
            // A sheet-wide filter beside the table's would make Excel repair the file.
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isFalse();
            Row total = sheet.getRow(19);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Lignes affichées");
            assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(103,Métiers[Intitulé])");
            assertThat(total.getCell(10).getCellFormula()).isEqualTo(
                    "IF(SUBTOTAL(102,Métiers[Salaire débutant])=0,\"\",SUBTOTAL(101,Métiers[Salaire débutant]))");
            assertThat(ct.getTableColumns().getTableColumnArray(10).getTotalsRowFunction().toString())
                    .isEqualTo("average");
            workbook.close();
        }
    }

    @Test
    void summariesFollowTheFilterOfTheTable() throws Exception {
        try (XSSFWorkbook workbook = WorkbookSamples.write(WorkbookSamples.professions(), "fr", 1000)) {
            XSSFSheet data = workbook.getSheet("Comparaison");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var byGuide = workbook.getSheet("Par guide");
            // What the filter does to the rows it hides, for an evaluator: only Bac+2 shows.
            for (int r = 1; r <= 18; r++) {
                Row row = data.getRow(r);
                Cell level = row.getCell(DataColumn.LEVEL.ordinal());
                row.setZeroHeight(level == null || !level.getStringCellValue().equals("Bac+2"));
            }
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertThat(byGuide.getRow(1).getCell(1).getNumericCellValue()).as("Cybersécurité shown").isEqualTo(1);
            assertThat(byGuide.getRow(2).getCell(1).getNumericCellValue()).as("Santé shown").isZero();
            // A group the filter empties shows nothing, not 0 €.
            assertThat(byGuide.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(byGuide.getRow(2).getCell(3).getStringCellValue()).isEmpty();
            assertThat(byGuide.getRow(3).getCell(4).getNumericCellValue()).isEqualTo((2200 + 1950) / 2.0);
            assertThat(byGuide.getRow(4).getCell(1).getNumericCellValue()).as("all shown").isEqualTo(3);
            assertThat(data.getRow(19).getCell(1).getNumericCellValue()).as("total row").isEqualTo(3);
        }
    }

    @Test
    void blankFactsAreEmptyCellsThatFormulasLeaveOut() throws Exception {
        for (XSSFWorkbook workbook : both("fr")) {
            XSSFSheet data = workbook.getSheet("Comparaison");
            Row gaps = data.getRow(12);
            assertThat(gaps.getCell(1).getStringCellValue()).isEqualTo("aide-soignant");
            for (DataColumn blank : new DataColumn[] {DataColumn.FAP, DataColumn.EMPLOYABILITY, DataColumn.MOBILITY,
                    DataColumn.EXPERIENCED, DataColumn.EMPLOYABILITY_RANK}) {
                assertThat(gaps.getCell(blank.ordinal())).as(blank.name()).isNull();
            }
            assertThat(gaps.getCell(DataColumn.PROGRESSION.ordinal()).getStringCellValue()).isEmpty();
            Row none = data.getRow(17);
            assertThat(none.getCell(DataColumn.STARTING.ordinal())).isNull();
            assertThat(none.getCell(DataColumn.SMIC_RATIO.ordinal()).getStringCellValue()).isEmpty();
            // Santé: six profiles, five experienced salaries known; the average is of those five.
            var byGuide = workbook.getSheet("Par guide");
            assertThat(byGuide.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(6);
            assertThat(byGuide.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(5);
            assertThat(byGuide.getRow(2).getCell(8).getNumericCellValue())
                    .isEqualTo((2050 + 2400 + 3200 + 8000 + 3600) / 5.0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(byGuide.getRow(2).getCell(8)).getNumberValue())
                    .isEqualTo((2050 + 2400 + 3200 + 8000 + 3600) / 5.0);
            workbook.close();
        }
    }

    @Test
    void amountsAndPercentagesCarryTheirLocale() throws Exception {
        try (XSSFWorkbook french = WorkbookSamples.write(WorkbookSamples.professions(), "fr", 1000);
                XSSFWorkbook english = WorkbookSamples.write(WorkbookSamples.professions(), "en", 1)) {
            Row frenchCents = french.getSheet("Comparaison").getRow(2);
            assertThat(frenchCents.getCell(10).getNumericCellValue()).isEqualTo(2150.50);
            assertThat(frenchCents.getCell(10).getCellStyle().getDataFormatString())
                    .isEqualTo("[$-40C]#,##0.00\\ \"€\"");
            assertThat(frenchCents.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("[$-40C]#,##0\\ \"€\"");
            assertThat(frenchCents.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("[$-40C]0\\ %");
            assertThat(frenchCents.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("[$-40C]0.00");
            Row englishCents = english.getSheet("Comparison").getRow(2);
            assertThat(englishCents.getCell(10).getCellStyle().getDataFormatString())
                    .isEqualTo("[$-409]\"€\"#,##0.00");
            assertThat(englishCents.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("[$-409]\"€\"#,##0");
            assertThat(englishCents.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("[$-409]0%");
            Row printed = french.getSheet("À imprimer").getRow(3);
            assertThat(printed.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("[$-40C]#,##0.00\\ \"€\"");
        }
    }

    @Test
    void printsThePupilsColumnsOnPortraitA4AtTenPoints() throws Exception {
        for (XSSFWorkbook workbook : both("fr")) {
            XSSFSheet print = workbook.getSheet("À imprimer");
            List<String> headers = new ArrayList<>();
            print.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Intitulé", "Niveau d'études", "Salaire débutant",
                    "Salaire expérimenté", "Employabilité");
            assertThat(print.getPrintSetup().getLandscape()).isFalse();
            int width = 0;
            for (int i = 0; i < headers.size(); i++) {
                width += print.getColumnWidth(i) / 256;
            }
            // Within the page at full scale, so the 10 pt font prints at 10 pt, not shrunk to fit.
            assertThat(width).isLessThanOrEqualTo(PrintViewSheet.PAGE_CHARS);
            assertThat(print.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cybersécurité");
            Row analyst = print.getRow(2);
            assertThat(analyst.getCell(0).getStringCellValue()).isEqualTo("Analyste SOC");
            assertThat(workbook.getFontAt(analyst.getCell(0).getCellStyle().getFontIndex()).getFontHeightInPoints())
                    .isGreaterThanOrEqualTo((short) 9);
            assertThat(workbook.getFontAt(analyst.getCell(2).getCellStyle().getFontIndex()).getFontHeightInPoints())
                    .isEqualTo(WorkbookStyles.PRINT_POINTS);
            Row longTitle = print.getRow(5);
            assertThat(longTitle.getCell(0).getStringCellValue()).startsWith("Responsable de la sécurité");
            assertThat(longTitle.getHeightInPoints())
                    .isCloseTo(WrappedText.points(2, WorkbookStyles.PRINT_POINTS), TWIP);
            assertThat(analyst.getHeightInPoints()).isCloseTo(WrappedText.points(1, WorkbookStyles.PRINT_POINTS), TWIP);
            assertThat(print.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            workbook.close();
        }
    }

    @Test
    void chartsEachProfessionSortedAgainstTheSmicOnItsOwnSheet() throws Exception {
        for (XSSFWorkbook workbook : both("fr")) {
            XSSFSheet sheet = workbook.getSheet("Graphique");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
            String xml = chart.getCTChartSpace().xmlText();
            var plot = chart.getCTChart().getPlotArea();
            assertThat(plot.getBarChartArray(0).getSerArray()).hasSize(2);
            assertThat(plot.getLineChartArray(0).getSerArray()).hasSize(1);
            var categories = plot.getBarChartArray(0).getSerArray(0).getCat().getStrRef();
            assertThat(categories.getF()).isEqualTo("'Graphique'!$A$36:$A$53");
            assertThat(categories.getStrCache().getPtArray(0).getV()).isEqualTo("Médecin généraliste");
            assertThat(categories.getStrCache().getPtArray(17).getV()).isEqualTo("Jardinier paysagiste");
            // No bar for a salary nobody knows: the point is missing, not 0.
            var starting = plot.getBarChartArray(0).getSerArray(0).getVal().getNumRef().getNumCache();
            assertThat(starting.getPtList()).extracting(pt -> pt.getIdx()).doesNotContain(17L);
            assertThat(xml).contains("<c:v>SMIC au 1er juin 2026</c:v>", "<c:dispBlanksAs val=\"gap\"/>");
            assertThat(plot.getValAxArray(0).getScaling().getMin().getVal()).isZero();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .contains("SMIC mensuel brut (35 h) en vigueur le 1er juin 2026, 1\u202F867,02\u00A0€")
                    .contains(WorkbookSamples.ONISEP);
            assertThat(sheet.getRow(35).getCell(0).getStringCellValue()).isEqualTo("Médecin généraliste");
            assertThat(sheet.getRow(35).getCell(3).getCellFormula()).isEqualTo("SMIC");
            XSSFChart levels = workbook.getSheet("Par niveau").getDrawingPatriarch().getCharts().get(0);
            var levelPlot = levels.getCTChart().getPlotArea();
            assertThat(levelPlot.getBarChartArray(0).getSerArray(0).getCat().getStrRef().getStrCache().getPtArray(0)
                    .getV()).isEqualTo("Sans diplôme");
            assertThat(levelPlot.getBarChartArray(0).getSerArray(0).getVal().getNumRef().getF())
                    .isEqualTo("'Par niveau'!$E$2:$E$7");
            assertThat(levelPlot.getLineChartArray(0).getSerArray()).hasSize(1);
            workbook.close();
        }
    }

    @Test
    void comparesStartingSalariesWithTheNamedSmicAndSaysWhereTheFiguresComeFrom() throws Exception {
        for (XSSFWorkbook workbook : both("fr")) {
            assertThat(workbook.getName("SMIC").getRefersToFormula()).isEqualTo("'À propos'!$B$3");
            XSSFSheet data = workbook.getSheet("Comparaison");
            Cell ratio = data.getRow(1).getCell(DataColumn.SMIC_RATIO.ordinal());
            assertThat(ratio.getCellFormula()).isEqualTo("IF(ISNUMBER(K2),K2/SMIC,\"\")");
            assertThat(ratio.getNumericCellValue())
                    .isEqualTo(2400 / 1867.02, org.assertj.core.data.Offset.offset(1e-9));
            var about = workbook.getSheet("À propos");
            assertThat(about.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1867.02);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            about.getRow(2).getCell(1).setCellValue(2000);
            assertThat(evaluator.evaluate(ratio).getNumberValue()).isEqualTo(1.2);
            assertThat(about.getRow(3).getCell(1).getStringCellValue()).contains("1er juin 2026");
            assertThat(about.getRow(4).getCell(1).getStringCellValue()).contains(WorkbookSamples.ONISEP)
                    .contains("3 fiche(s) sur 18").contains("fiches.csv").contains("25 juin 2024");
            Row hospital = data.getRow(7);
            assertThat(hospital.getCell(DataColumn.SOURCE.ordinal()).getStringCellValue())
                    .isEqualTo(WorkbookSamples.ONISEP);
            Cell day = hospital.getCell(DataColumn.FACTS_DATE.ordinal());
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 25));
            assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("[$-40C]d mmmm yyyy");
            workbook.close();
        }
    }

    @Test
    void namesItselfFichesMetiersInItsProperties() throws Exception {
        try (XSSFWorkbook workbook = WorkbookSamples.write(WorkbookSamples.professions(), "en", 1)) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Comparing professions");
            assertThat(core.getSubject()).contains("career guidance");
            assertThat(core.getCreator()).isEqualTo("Fiches Métiers");
            assertThat(workbook.getProperties().getExtendedProperties().getApplication()).isEqualTo("Fiches Métiers");
        }
    }

    @Test
    void linksToTheSiteWhenItsAddressIsConfiguredAndSaysWhich() throws Exception {
        var fiche = WorkbookSamples.withGaps().fiche();
        assertThat(ComparisonWorkbookTasklet.siteAddress("")).isNull();
        assertThat(ComparisonWorkbookTasklet.siteAddress(" https://cio.example/orientation ")).isEqualTo(
                "https://cio.example/orientation/");
        assertThat(ComparisonWorkbookTasklet.siteLink("https://cio.example/orientation/", fiche))
                .isEqualTo("https://cio.example/orientation/brochures/sante/aide-soignant-onisep.pdf");
        try (XSSFWorkbook relative = WorkbookSamples.write(WorkbookSamples.professions(), "fr", 1000);
                XSSFWorkbook absolute = new XSSFWorkbook(new java.io.ByteArrayInputStream(WorkbookSamples.bytes(
                        WorkbookSamples.professions(), "fr", 1000, "https://cio.example/orientation/")))) {
            assertThat(relative.getSheet("À propos").getRow(5).getCell(1).getStringCellValue())
                    .startsWith("Relatifs au classeur").contains("fiches.site.base-url");
            assertThat(absolute.getSheet("À propos").getRow(5).getCell(1).getStringCellValue())
                    .contains("https://cio.example/orientation/");
        }
    }
}
