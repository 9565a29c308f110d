package fr.fichesmetiers.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.util.FileSystemUtils;

import fr.fichesmetiers.JobFunctionalTestSupport;
import fr.fichesmetiers.TestCatalogs;

class BrochureJobFunctionalTests extends JobFunctionalTestSupport {

    private static final Path OUT = Path.of("target/functional-brochures").toAbsolutePath();

    @Autowired
    @Qualifier(BrochureKeys.JOB)
    Job brochureJob;

    @Autowired
    BrochureResults results;

    @BeforeEach
    void emptyCatalogAndOutput() throws Exception {
        startOver();
        FileSystemUtils.deleteRecursively(OUT);
    }

    private void importFixture(String fixture) throws Exception {
        jobs.setJob(importJob);
        assertThat(jobs.startJob(TestCatalogs.importParameters(fixture, "50%", true, false)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private BrochureResult brochures(boolean all) throws Exception {
        return brochures(all, BatchStatus.COMPLETED);
    }

    private BrochureResult brochures(boolean all, BatchStatus expected) throws Exception {
        return brochures(all, expected, "fr", OUT);
    }

    private BrochureResult brochures(boolean all, BatchStatus expected, String language, Path out) throws Exception {
        jobs.setJob(brochureJob);
        JobParameters params = new BrochureRequest(null, List.of(), out, all, true, language, LocalDateTime.now(),
                null).toJobParameters();
        JobExecution execution = jobs.startJob(params);
        assertThat(execution.getStatus()).isEqualTo(expected);
        return results.of(execution);
    }

    private static List<String> files() throws Exception {
        try (Stream<Path> walk = Files.walk(OUT)) {
            return walk.filter(Files::isRegularFile).map(p -> OUT.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void rendersABrochurePerProfileAndABookletPerGuide() throws Exception {
        importFixture("utf8-bom");
        BrochureResult result = brochures(false);
        assertThat(result.rendered()).isEqualTo(6);
        assertThat(result.failed()).isZero();
        assertThat(result.bookletsRendered()).isEqualTo(3);
        assertThat(files()).containsExactly("cybersecurite.pdf", "cybersecurite/analyste-soc.pdf",
                "cybersecurite/developpeur-back-end.pdf", "sante.pdf", "sante/aide-soignant.pdf",
                "sante/infirmier-en-soins-generaux.pdf", "transition-ecologique.pdf",
                "transition-ecologique/conseiller-energie.pdf", "transition-ecologique/technicien-eolien.pdf");
        try (PdfText pdf = new PdfText(Files.readAllBytes(OUT.resolve("sante/infirmier-en-soins-generaux.pdf")))) {
            assertThat(PdfText.compact(pdf.all())).contains(PdfText.compact("Infirmier en soins généraux"))
                    .contains(PdfText.compact("2 150,50 €")).contains("J1506");
        }
        try (PdfText booklet = new PdfText(Files.readAllBytes(OUT.resolve("sante.pdf")))) {
            assertThat(booklet.bookmarks()).contains("Aide-soignant", "Infirmier en soins généraux");
        }
    }

    /**
     * The sample's brochures and booklets, in French and in English, pass veraPDF's PDF/A-2b and PDF/UA-1 profiles
     * without a failed rule (a few files of each kind: one validator checks them all); the fiches of the sample
     * whose content fits two pages take two.
     */
    @Test
    void theSamplesBrochuresAndBookletsPassPdfAAndPdfUaInBothLanguages() throws Exception {
        importFixture(Path.of("input").toAbsolutePath().toString());
        try (PdfValidation validation = new PdfValidation()) {
            for (String language : List.of("fr", "en")) {
                Path out = OUT.resolve(language);
                BrochureResult result = brochures(true, BatchStatus.COMPLETED, language, out);
                assertThat(result.failed()).isZero();
                List<Path> checked = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(out)) {
                    List<Path> brochures = walk.filter(p -> p.toString().endsWith(".pdf")
                            && !p.getParent().equals(out)).sorted().toList();
                    checked.addAll(brochures.subList(0, 2));
                    int twoPages = 0;
                    for (Path brochure : brochures) {
                        try (PdfText pdf = new PdfText(Files.readAllBytes(brochure))) {
                            assertThat(pdf.pages()).as(brochure.toString()).isBetween(2, 3);
                            twoPages += pdf.pages() == 2 ? 1 : 0;
                        }
                    }
                    // The sample's shorter fiches fit one sheet (with release 0.1 every one took three pages).
                    assertThat(twoPages).isGreaterThanOrEqualTo(6);
                }
                checked.add(out.resolve("sante.pdf"));
                for (Path file : checked) {
                    List<PdfValidation.Report> reports = validation.validate(Files.readAllBytes(file));
                    assertThat(reports).hasSize(2).allSatisfy(report -> assertThat(report.passed())
                            .as("%s %s", file, report).isTrue());
                }
            }
        }
    }

    @Test
    void aSecondRunRendersNothingAndAChangedProfileRendersAlone() throws Exception {
        importFixture("reimport-v1");
        assertThat(brochures(false).rendered()).isEqualTo(5);
        BrochureResult second = brochures(false);
        assertThat(second.rendered()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.bookletsRendered()).isZero();
        // analyste-soc changes; conseiller-energie is new (its guide's booklet changes too); aide-soignant retires.
        importFixture("reimport-v2");
        BrochureResult third = brochures(false);
        assertThat(third.rendered()).isEqualTo(2);
        assertThat(third.unchanged()).isEqualTo(3);
        assertThat(brochures(true).rendered()).isEqualTo(5);
    }

    @Test
    void aDeletedBrochureIsRenderedAgain() throws Exception {
        importFixture("reimport-v1");
        brochures(false);
        Files.delete(OUT.resolve("cybersecurite/analyste-soc.pdf"));
        BrochureResult result = brochures(false);
        assertThat(result.rendered()).isEqualTo(1);
        assertThat(OUT.resolve("cybersecurite/analyste-soc.pdf")).exists();
        try (Stream<Path> walk = Files.walk(OUT)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aBookletThatCannotBeWrittenFailsTheRunAndSaysTheOthersWereCancelled() throws Exception {
        importFixture("utf8-bom");
        // A folder where the Santé booklet goes: the file cannot take its place.
        Files.createDirectories(OUT.resolve("sante.pdf/occupied"));
        BrochureResult result = brochures(false, BatchStatus.FAILED);
        assertThat(result.rendered()).isEqualTo(6);
        assertThat(result.bookletsCancelled()).isBetween(0, 2);
        assertThat(result.failureMessage()).startsWith("livret « Santé » impossible à assembler : ")
                .endsWith(result.bookletsCancelled() + " autre(s) livret(s) annulé(s), à refaire par restart");
        try (Stream<Path> walk = Files.walk(OUT)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }
}
