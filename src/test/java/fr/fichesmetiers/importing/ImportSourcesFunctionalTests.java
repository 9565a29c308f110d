package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.fichesmetiers.TestCatalogs;
import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.Section;

/** Imports from ONISEP's XML and from Excel workbooks, through the same job, rules and publication as CSV. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:import-sources;DB_CLOSE_DELAY=-1",
        "fiches.import.report-directory=target/functional-reports"})
@SpringBatchTest
class ImportSourcesFunctionalTests {

    static final Path ONISEP = TestCatalogs.FIXTURES.resolve("onisep");

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JobRepositoryTestUtils jobRepository;

    @Autowired
    @Qualifier(ImportKeys.JOB)
    Job importJob;

    @Autowired
    CatalogRepository catalog;

    @Autowired
    ImportResults results;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyCatalog() {
        jobs.setJob(importJob);
        jobRepository.removeJobExecutions();
        TestCatalogs.emptyDatabase(jdbc);
        jdbc.update("DELETE FROM onisep_profile");
    }

    ImportResult run(Path input, String maxRejects, boolean force) throws Exception {
        return results.of(jobs.startJob(new ImportRequest(input, null, null, maxRejects, force, false, "fr",
                LocalDateTime.now(), null).toJobParameters()));
    }

    Fiche fiche(String id) {
        return catalog.fiche(catalog.currentVersion().orElseThrow().id(), id).orElseThrow();
    }

    List<String> publishedIds() {
        return catalog.summaries(catalog.currentVersion().orElseThrow().id(), null).stream().map(FicheSummary::id)
                .toList();
    }

    @Test
    void publishesOnisepsRecordsWithTheirGapsAndRejectsTheOneWithoutRomeCode() throws Exception {
        ImportResult result = run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"), "50%", false);
        assertThat(result.published()).isTrue();
        assertThat(result.encoding()).isEqualTo("onisep");
        assertThat(result.unknownColumns()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.firstRejects()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.REQUIRED);
            assertThat(v.column()).isEqualTo("code_rome");
            assertThat(v.file()).isEqualTo("Onisep_Ideo_Fiches_metiers_01022025.xml");
            assertThat(v.line()).isEqualTo(112);
        });
        assertThat(publishedIds()).containsExactlyInAnyOrder("animateur-nature", "animateur-nature-105",
                "garde-forestier", "frigoriste");
        Fiche nature = fiche("animateur-nature");
        assertThat(nature.title()).isEqualTo("animateur nature");
        assertThat(nature.guide()).isEqualTo("Transition écologique");
        assertThat(nature.rome().code()).isEqualTo("G1202");
        assertThat(nature.educationLevel()).contains(EducationLevel.BAC_2);
        assertThat(nature.salary().starting().orElseThrow()).isEqualByComparingTo("1950");
        assertThat(nature.salary().experienced()).isEmpty();
        assertThat(nature.employability()).isEmpty();
        assertThat(nature.section(Section.SKILLS)).contains("\n- savoir animer un groupe dehors.");
        Fiche garde = fiche("garde-forestier");
        assertThat(garde.salary().starting()).isEmpty();
        assertThat(fiche("frigoriste").educationLevel()).isEmpty();
    }

    @Test
    void importingTheNextEditionUpdatesTheSameProfilesEvenRenamed() throws Exception {
        run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"), "50%", false);
        ImportResult june = run(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01062025.xml"), "", true);
        assertThat(june.published()).isTrue();
        assertThat(june.changes().added()).isZero();
        assertThat(june.changes().changed()).isEqualTo(2);
        assertThat(publishedIds()).containsExactlyInAnyOrder("animateur-nature", "garde-forestier");
        assertThat(fiche("animateur-nature").title()).isEqualTo("animateur nature et environnement");
        assertThat(jdbc.queryForObject("SELECT fiche_id FROM onisep_profile WHERE onisep_id = 'MET.101'",
                String.class)).isEqualTo("animateur-nature");
    }

    @Test
    void recognisesOnisepsFileByItsContentWhateverItsName(@TempDir Path folder) throws Exception {
        Path renamed = Files.copy(ONISEP.resolve("Onisep_Ideo_Fiches_metiers_01022025.xml"),
                folder.resolve("fiches.csv"));
        ImportResult result = run(renamed, "50%", false);
        assertThat(result.published()).isTrue();
        assertThat(result.encoding()).isEqualTo("onisep");
        assertThat(publishedIds()).hasSize(4);
    }
}
