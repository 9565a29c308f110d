package fr.fichesmetiers.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.Mobility;
import fr.fichesmetiers.fiche.RomeCode;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.support.Messages;

class ComparisonWorkbookWriterTests {

    static final CatalogVersion VERSION = new CatalogVersion(4, LocalDateTime.of(2026, 11, 25, 2, 30), 9L,
            "/data/input/fiches.csv", "abc123", "UTF-8", ";", null, 10, 1, new ChangeCounts(3, 1, 2, 1, 0));

    static ComparisonRow row(String id, String title, String guide, EducationLevel level, int starting,
            int experienced) {
        return new ComparisonRow(new FicheSummary(id, "h", title, guide, new RomeCode("M1802"), RomeVersion.V3,
                Optional.of(new FapCode("M2Z")), Optional.of(level), Optional.of("Scientifique"),
                Optional.of(Employability.ELEVEE), Optional.of(Mobility.BONNE),
                SalaryRange.of(BigDecimal.valueOf(starting), BigDecimal.valueOf(experienced))),
                "Expertise et support en systèmes d'information", "Ingénieurs de l'informatique",
                "../brochures/" + guide.toLowerCase().replace(' ', '-') + "/" + id + ".pdf");
    }

    static List<ComparisonRow> rows() {
        return List.of(row("analyste-soc", "Analyste SOC", "Cyber", EducationLevel.BAC_3, 2400, 3900),
                row("developpeur-back-end", "Développeur back-end", "Cyber", EducationLevel.BAC_5, 2000, 4000),
                row("hyperlien", "=HYPERLINK(\"http://evil.example\",\"x\")", "Cyber", EducationLevel.BAC_5, 3000,
                        3000),
                row("aide-soignant", "Aide-soignant", "Santé", EducationLevel.CAP_BEP, 1900, 2500));
    }

    static XSSFWorkbook write(List<ComparisonRow> rows, int threshold, String guide) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbookWriter(Messages.forLanguage("fr"), new java.awt.Color(0x1F, 0x4E, 0x79), threshold)
                .write(rows, new WorkbookInfo(VERSION, guide, LocalDateTime.of(2026, 11, 25, 3, 0)), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void namesItsSheetsAndHeadersInFrench() throws Exception {
        try (XSSFWorkbook workbook = write(rows(), 1000, null)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Comparaison", "À imprimer", "Graphique", "Par guide", "Par niveau",
                    "Codes", "À propos");
            List<String> headers = new ArrayList<>();
            workbook.getSheet("Comparaison").getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("Guide", "Intitulé", "Code ROME", "Libellé ROME", "Code FAP", "Libellé FAP",
                    "Niveau d'études", "Bac conseillé", "Employabilité", "Mobilité", "Salaire débutant",
                    "Salaire expérimenté", "Progression", "× SMIC (débutant)", "Brochure", "Source des chiffres",
                    "Chiffres à jour le");
        }
    }

    @Test
    void writesTypedEuroCellsAndALiveProgressionFormula() throws Exception {
        try (XSSFWorkbook workbook = write(rows(), 1000, null)) {
            XSSFSheet sheet = workbook.getSheet("Comparaison");
            var starting = sheet.getRow(2).getCell(10);
            assertThat(starting.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(starting.getNumericCellValue()).isEqualTo(2000);
            assertThat(starting.getCellStyle().getDataFormatString()).isEqualTo("[$-40C]#,##0\\ \"€\"");
            var progression = sheet.getRow(2).getCell(12);
            assertThat(progression.getCellFormula()).isEqualTo("IF(AND(ISNUMBER(K3),ISNUMBER(L3)),L3/K3-1,\"\")");
            assertThat(progression.getCellStyle().getDataFormatString()).isEqualTo("[$-40C]0\\ %");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            sheet.getRow(2).getCell(11).setCellValue(5000);
            assertThat(evaluator.evaluate(progression).getNumberValue()).isEqualTo(1.5);
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void keepsATitleThatLooksLikeAFormulaAsText() throws Exception {
        try (XSSFWorkbook workbook = write(rows(), 1000, null)) {
            var title = workbook.getSheet("Comparaison").getRow(3).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
        }
    }

    @Test
    void freezesLinksAndPrintsOnePageWide() throws Exception {
        try (XSSFWorkbook workbook = write(rows(), 1000, null)) {
            XSSFSheet sheet = workbook.getSheet("Comparaison");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(28 * 256);
            assertThat(sheet.isColumnHidden(17)).isTrue();
            assertThat(sheet.isColumnHidden(20)).isTrue();
            assertThat(sheet.getRow(2).getCell(17).getNumericCellValue()).isEqualTo(7);
            assertThat(sheet.getRow(2).getCell(14).getCellFormula())
                    .isEqualTo("HYPERLINK(\"../brochures/cyber/developpeur-back-end.pdf\",\"Ouvrir le PDF\")");
            assertThat(sheet.getRow(2).getCell(14).getStringCellValue()).isEqualTo("Ouvrir le PDF");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P / &N");
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(2);
        }
    }

    @Test
    void summarisesByGuideAndLevelWithFormulasThatFollowEdits() throws Exception {
        try (XSSFWorkbook workbook = write(rows(), 1000, null)) {
            Sheet byGuide = workbook.getSheet("Par guide");
            assertThat(byGuide.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cyber");
            assertThat(byGuide.getRow(1).getCell(1).getCellFormula())
                    .isEqualTo("COUNTIFS(Métiers[Guide],$A2,Métiers[Affichée],1)");
            assertThat(byGuide.getRow(1).getCell(3).getCellFormula()).isEqualTo("IF($C2=0,\"\",_xlfn.MINIFS("
                    + "Métiers[Salaire débutant],Métiers[Guide],$A2,Métiers[Affichée],1))");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(byGuide.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(byGuide.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2000);
            assertThat(byGuide.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2466.6666, withinCent());
            assertThat(byGuide.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(4000);
            workbook.getSheet("Comparaison").getRow(2).getCell(10).setCellValue(1850);
            evaluator.clearAllCachedResultValues();
            assertThat(evaluator.evaluate(byGuide.getRow(1).getCell(3)).getNumberValue()).isEqualTo(1850);
            Sheet byLevel = workbook.getSheet("Par niveau");
            assertThat(byLevel.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CAP/BEP");
            assertThat(byLevel.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Bac+5");
            assertThat(byLevel.getRow(3).getCell(1).getCellFormula())
                    .isEqualTo("COUNTIFS(Métiers[Rang niveau],7,Métiers[Affichée],1)");
            assertThat(evaluator.evaluate(byLevel.getRow(3).getCell(1)).getNumberValue()).isEqualTo(2);
        }
    }

    @Test
    void listsEveryCodeWithItsLabelAndProfilesAndSaysWhereTheFiguresComeFrom() throws Exception {
        try (XSSFWorkbook workbook = write(rows(), 1000, null)) {
            Sheet codes = workbook.getSheet("Codes");
            assertThat(codes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("M1802");
            assertThat(codes.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(codes.getRow(1).getCell(4).getStringCellValue()).contains("Analyste SOC ; Développeur back-end");
            assertThat(codes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("FAP-2009");
            Sheet about = workbook.getSheet("À propos");
            assertThat(about.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(about.getRow(8).getCell(1).getStringCellValue()).isEqualTo("fiches.csv");
        }
    }

    @Test
    void streamsLargeCatalogsWithTheSameContent() throws Exception {
        List<ComparisonRow> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(row("metier-" + i, "Métier " + i, "Guide " + (i % 7), EducationLevel.values()[i % 7],
                    1900 + i % 500, 2600 + i % 900));
        }
        try (XSSFWorkbook workbook = write(many, 1000, null)) {
            XSSFSheet sheet = workbook.getSheet("Comparaison");
            assertThat(sheet.getLastRowNum()).isEqualTo(3001);
            assertThat(sheet.getRow(3000).getCell(12).getCellFormula())
                    .isEqualTo("IF(AND(ISNUMBER(K3001),ISNUMBER(L3001)),L3001/K3001-1,\"\")");
            assertThat(sheet.getRow(1500).getCell(10).getNumericCellValue()).isEqualTo(1900 + 1499 % 500);
            assertThat(sheet.getTables().get(0).getCTTable().getRef()).isEqualTo("A1:U3002");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(workbook.getSheet("Par guide").getRow(1).getCell(1)).getNumberValue())
                    .isEqualTo(429);
            assertThat(workbook.getSheet("Graphique").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(workbook.getSheet("Par niveau").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    private static org.assertj.core.data.Offset<Double> withinCent() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
