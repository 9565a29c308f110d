package fr.fichesmetiers.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.support.Messages;

/** How the workbook reads on screen and on paper: wrapping, row heights, page setup, the about sheet. */
class ComparisonWorkbookLayoutTests {

    private static final String LONG_TITLE = "Responsable de la sécurité des systèmes d'information";

    private static XSSFWorkbook write(String language, int threshold) throws Exception {
        List<ComparisonRow> rows = new ArrayList<>(ComparisonWorkbookWriterTests.rows());
        rows.add(ComparisonWorkbookWriterTests.row("rssi", LONG_TITLE, "Cyber", EducationLevel.BAC_5, 3800, 7500));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonWorkbookWriter(Messages.forLanguage(language), new java.awt.Color(0x1F, 0x4E, 0x79), threshold)
                .write(rows, new WorkbookInfo(ComparisonWorkbookWriterTests.VERSION, null,
                        LocalDateTime.of(2026, 11, 25, 3, 0)), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void printsEverySheetOnA4OnePageWideWithPageNumbers() throws Exception {
        for (int threshold : new int[] {1000, 1}) {
            try (XSSFWorkbook workbook = write("fr", threshold)) {
                for (Sheet sheet : workbook) {
                    PrintSetup print = sheet.getPrintSetup();
                    assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                    assertThat(print.getFitHeight()).as(sheet.getSheetName()).isZero();
                    assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                    assertThat(print.getLandscape()).as(sheet.getSheetName())
                            .isEqualTo(!List.of("À propos", "À imprimer").contains(sheet.getSheetName()));
                    assertThat(sheet.getFooter().getRight()).as(sheet.getSheetName()).isEqualTo("Page &P / &N");
                }
            }
        }
    }

    @Test
    void wrapsLongTextColumnsAndGivesTheirRowsTheHeightToShowThem() throws Exception {
        for (int threshold : new int[] {1000, 1}) {
            try (XSSFWorkbook workbook = write("fr", threshold)) {
                XSSFSheet sheet = workbook.getSheet("Comparaison");
                Row rssi = sheet.getRow(5);
                assertThat(rssi.getCell(1).getStringCellValue()).isEqualTo(LONG_TITLE);
                for (int column : new int[] {0, 1, 3, 5, 7}) {
                    assertThat(rssi.getCell(column).getCellStyle().getWrapText()).as("column " + column).isTrue();
                }
                assertThat(rssi.getCell(10).getCellStyle().getWrapText()).isFalse();
                assertThat(rssi.getHeightInPoints()).isGreaterThanOrEqualTo(2 * WrappedText.LINE_POINTS);
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getTables().get(0).getCTTable().getAutoFilter().getRef()).isEqualTo("A1:U6");
            }
        }
    }

    @Test
    void givesCodeRowsTheHeightOfTheirWrappedListsAndRepeatsTheHeaderOnEachPage() throws Exception {
        try (XSSFWorkbook workbook = write("fr", 1000)) {
            Sheet codes = workbook.getSheet("Codes");
            Row rome = codes.getRow(1);
            assertThat(rome.getCell(4).getCellStyle().getWrapText()).isTrue();
            assertThat(rome.getHeightInPoints()).isEqualTo(
                    WrappedText.points(WrappedText.lines(rome.getCell(4).getStringCellValue(), 80)));
            assertThat(codes.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        }
    }

    @Test
    void aboutStoresCountsAsNumbersNamesTheFileWithoutItsFolderAndShowsTheWholeNote() throws Exception {
        try (XSSFWorkbook workbook = write("fr", 1000)) {
            Sheet about = workbook.getSheet("À propos");
            for (int row : new int[] {2, 6, 11, 12}) {
                assertThat(about.getRow(row).getCell(1).getCellType()).as("row " + row).isEqualTo(CellType.NUMERIC);
            }
            assertThat(about.getRow(11).getCell(1).getNumericCellValue())
                    .isEqualTo(ComparisonWorkbookWriterTests.VERSION.profiles());
            assertThat(about.getRow(12).getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(about.getRow(8).getCell(1).getStringCellValue()).isEqualTo("fiches.csv");
            assertThat(about.getRow(10).getCell(1).getStringCellValue()).isEqualTo("UTF-8, séparateur « ; »");
            Cell note = about.getRow(16).getCell(1);
            assertThat(note.getStringCellValue()).endsWith("Les formules se recalculent à l'ouverture.");
            assertThat(note.getCellStyle().getWrapText()).isTrue();
            assertThat(about.getRow(16).getHeightInPoints()).isGreaterThanOrEqualTo(3 * WrappedText.LINE_POINTS);
        }
    }

    @Test
    void writesEnglishPunctuationInEnglish() throws Exception {
        try (XSSFWorkbook workbook = write("en", 1000)) {
            Sheet about = workbook.getSheet("About");
            assertThat(about.getRow(10).getCell(1).getStringCellValue()).isEqualTo("UTF-8, delimiter \";\"");
            for (Row row : about) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotContain("«", "»", " ;", " :");
                    }
                }
            }
            assertThat(workbook.getSheet("Codes").getRow(1).getCell(4).getStringCellValue())
                    .contains("Analyste SOC; Développeur back-end");
        }
    }

    @Test
    void namesTheSourceFileWithoutItsFolderWhateverTheSystem() {
        assertThat(AboutSheet.fileName("/data/input/fiches.csv")).isEqualTo("fiches.csv");
        assertThat(AboutSheet.fileName("C:\\Imports\\fiches 2026.csv")).isEqualTo("fiches 2026.csv");
        assertThat(AboutSheet.fileName("fiches.csv")).isEqualTo("fiches.csv");
        assertThat(AboutSheet.fileName(null)).isEmpty();
    }

    @Test
    void estimatesTheLinesOfWrappedText() {
        assertThat(WrappedText.lines("", 20)).isEqualTo(1);
        assertThat(WrappedText.lines("Bac+3", 20)).isEqualTo(1);
        assertThat(WrappedText.lines("Général (spécialités scientifiques)", 20)).isEqualTo(2);
        assertThat(WrappedText.lines(LONG_TITLE, 28)).isEqualTo(2);
        assertThat(WrappedText.lines("un\ndeux\ntrois", 20)).isEqualTo(3);
        // A word longer than the column is broken over as many lines as it needs.
        assertThat(WrappedText.lines("x".repeat(50), 11)).isBetween(5, 6);
        assertThat(WrappedText.points(1000)).isEqualTo(WrappedText.MAX_POINTS);
    }
}
