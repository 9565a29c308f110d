package fr.fichesmetiers.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.importing.table.TableRow;
import fr.fichesmetiers.support.Messages;

class XlsxTableInputTests {

    private static final Messages FR = Messages.forLanguage("fr");

    @TempDir
    Path folder;

    private Path workbook(java.util.function.Consumer<XSSFWorkbook> content) throws IOException {
        Path file = folder.resolve("classeur.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    private static List<TableRow> rows(Path file, String sheet) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (XlsxTableInput input = XlsxTableInput.open(file, sheet, FR)) {
            rows.add(new TableRow(0, input.header()));
            TableRow row;
            while ((row = input.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void readsNumbersAsTheirPlainDecimalFormulasAsTheirCachedValueAndDatesAsIso() throws IOException {
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("fiches");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("salaire_debutant");
            header.createCell(1).setCellValue("salaire_experimente");
            header.createCell(2).setCellValue("mis_a_jour_le");
            header.createCell(3).setCellValue("texte");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1867.02);
            row.createCell(1).setCellFormula("A2*2");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2026, 6, 1));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellFormula("\"Bac\"&\"+5\"");
            CellStyle euros = wb.createCellStyle();
            euros.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("# ##0 €"));
            Row third = sheet.createRow(2);
            third.createCell(0).setCellValue(2000);
            third.getCell(0).setCellStyle(euros);
            third.createCell(1).setCellValue(0.1 + 0.2);
        });
        List<TableRow> rows = rows(file, null);
        assertThat(rows.get(0).values()).containsExactly("salaire_debutant", "salaire_experimente", "mis_a_jour_le",
                "texte");
        assertThat(rows.get(1).values()).containsExactly("1867.02", "3734.04", "2026-06-01", "Bac+5");
        assertThat(rows.get(1).line()).isEqualTo(2);
        // Whatever the display format, the value: never "2 000 €" re-read through a locale.
        assertThat(rows.get(2).values()).containsExactly("2000", "0.3", "", "");
    }

    @Test
    void readsHiddenRowsSkipsBlankOnesAndFillsAMergedCellDownItsRows() throws IOException {
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("fiches");
            String[][] cells = {{"identifiant", "guide"}, {"a", "Santé"}, {"b", ""}, {"", ""}, {"c", "Numérique"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            sheet.getRow(2).setZeroHeight(true);
            sheet.addMergedRegion(CellRangeAddress.valueOf("B2:B3"));
        });
        List<TableRow> rows = rows(file, null);
        assertThat(rows).extracting(TableRow::line).containsExactly(0, 2, 3, 5);
        assertThat(rows.get(2).values()).containsExactly("b", "Santé");
        assertThat(rows.get(3).values()).containsExactly("c", "Numérique");
    }

    @Test
    void readsTheFichesSheetOfAWorkbookWithSeveralElseItsFirst() throws IOException {
        Path file = workbook(wb -> {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("à lire");
            wb.createSheet("FAQ").createRow(0).createCell(0).setCellValue("question");
            wb.createSheet("Fiches").createRow(0).createCell(0).setCellValue("identifiant");
        });
        assertThat(rows(file, null).get(0).values()).containsExactly("identifiant");
        assertThat(rows(file, "faq").get(0).values()).containsExactly("question");
        assertThat(XlsxTableInput.hasSheet(file, "faq", FR)).isTrue();
        assertThatThrownBy(() -> rows(file, "absente")).isInstanceOf(TableRefusedException.class)
                .hasMessageContaining("Notes, FAQ, Fiches");
    }

    @Test
    void padsARowWhoseLastCellsAreEmpty() throws IOException {
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("fiches");
            Row header = sheet.createRow(0);
            for (int c = 0; c < 4; c++) {
                header.createCell(c).setCellValue("c" + c);
            }
            sheet.createRow(1).createCell(1).setCellValue("seul");
        });
        assertThat(rows(file, null).get(1).values()).containsExactly("", "seul", "", "");
    }

    @Test
    void refusesAFileThatIsNoWorkbookNamingIt() throws IOException {
        Path file = Files.writeString(folder.resolve("faux.xlsx"), "pas un classeur");
        assertThatThrownBy(() -> rows(file, null)).isInstanceOf(TableRefusedException.class)
                .hasMessageContaining("faux.xlsx");
    }
}
