package fr.fichesmetiers.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import fr.fichesmetiers.JobFunctionalTestSupport;
import fr.fichesmetiers.TestCatalogs;

class ComparisonJobFunctionalTests extends JobFunctionalTestSupport {

    private static final Path OUT = Path.of("target/functional-out/comparison/comparaison.xlsx").toAbsolutePath();

    @Autowired
    @Qualifier(ComparisonKeys.JOB)
    Job comparisonJob;

    @Autowired
    ComparisonResults results;

    @BeforeEach
    void emptyCatalog() throws Exception {
        startOver();
        Files.deleteIfExists(OUT);
    }

    private ComparisonResult compare(String guide) throws Exception {
        jobs.setJob(comparisonJob);
        JobExecution execution = jobs.startJob(new ComparisonRequest(guide, OUT, null, "fr", LocalDateTime.now())
                .toJobParameters());
        return results.of(execution);
    }

    @Test
    void writesTheWorkbookOfThePublishedCatalogWithLinksToTheBrochures() throws Exception {
        jobs.setJob(importJob);
        assertThat(jobs.startJob(TestCatalogs.importParameters("utf8-bom")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ComparisonResult result = compare("");
        assertThat(result.exitCode()).isZero();
        assertThat(result.rows()).isEqualTo(6);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(OUT))) {
            var sheet = workbook.getSheet("Comparaison");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cybersécurité");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Analyste SOC");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Expertise et support en systèmes d'information");
            assertThat(sheet.getRow(1).getCell(14).getCellFormula())
                    .startsWith("HYPERLINK(\"../brochures/cybersecurite/analyste-soc.pdf\"");
            // The file name only: the server's folders are no business of the reader.
            assertThat(workbook.getSheet("À propos").getRow(8).getCell(1).getStringCellValue()).isEqualTo("fiches.csv");
            assertThat(workbook.getSheet("À propos").getRow(12).getCell(1).getNumericCellValue()).isEqualTo(6);
            workbook.forEach(each -> assertThat(each.getPrintSetup().getPaperSize()).as(each.getSheetName())
                    .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE));
        }
        try (var files = Files.list(OUT.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("comparaison.xlsx");
        }
    }

    @Test
    void aSingleGuideChartsItsProfilesAgainstTheSmicInForce() throws Exception {
        jobs.setJob(importJob);
        jobs.startJob(TestCatalogs.importParameters("utf8-bom"));
        assertThat(compare("Santé").rows()).isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(OUT))) {
            var chart = workbook.getSheet("Graphique").getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(2);
            assertThat(chart.getCTChartSpace().xmlText()).contains("<c:v>SMIC au 1er juin 2026</c:v>");
            assertThat(workbook.getSheet("À propos").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1867.02);
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Comparaison des métiers : Santé");
        }
    }

    @Test
    void saysSoWhenNothingWasEverPublished() throws Exception {
        ComparisonResult result = compare("");
        assertThat(result.noCatalog()).isTrue();
        assertThat(result.exitCode()).isEqualTo(1);
    }
}
