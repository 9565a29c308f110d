package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.support.Messages;

class TemplateWriterTests {

    @TempDir
    Path folder;

    @Test
    void writesCommentedColumnsListsARomeSheetAFaqSheetAndAnExampleRow() throws Exception {
        Path file = folder.resolve("modele-fiches.xlsx");
        TemplateWriter.xlsx(file, ReferenceCodes.bundled(), Messages.forLanguage("fr"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("fiches", "ROME", "faq");
            XSSFSheet fiches = workbook.getSheet("fiches");
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(fiches.getRow(0).getCell(0))).isEqualTo("identifiant");
            assertThat(fiches.getRow(0).getCell(0).getCellComment().getString().getString())
                    .contains("minuscules", "Obligatoire");
            int salary = TemplateWriter.header().indexOf("salaire_debutant");
            assertThat(fiches.getRow(1).getCell(salary).getNumericCellValue()).isEqualTo(2300);
            assertThat(fiches.getPaneInformation().isFreezePane()).isTrue();
            assertThat(fiches.getDataValidations()).hasSize(5);
            assertThat(fiches.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getFormula1()).startsWith("ROME!$A$2:$A$"));
            assertThat(fiches.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).contains("Bac+5", "CAP/BEP"));
            Sheet rome = workbook.getSheet("ROME");
            assertThat(rome.getLastRowNum()).isGreaterThan(1900);
            assertThat(workbook.getSheet("faq").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("developpeur-back-end");
        }
    }

    @Test
    void writesTheSameHeaderAndExampleAsCsv() throws Exception {
        Path file = folder.resolve("modele-fiches.csv");
        TemplateWriter.csv(file, Messages.forLanguage("en"));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("\uFEFFidentifiant;intitule;guide;code_rome");
        assertThat(lines.get(1)).startsWith("developpeur-back-end;Développeur back-end;Numérique;M1805");
    }
}
