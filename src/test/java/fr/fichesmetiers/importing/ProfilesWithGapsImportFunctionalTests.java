package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.fichesmetiers.JobFunctionalTestSupport;
import fr.fichesmetiers.TestCatalogs;
import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeVersion;

/**
 * A file shaped like national open data (no employability, mobility nor experienced salary column; FAP codes
 * mostly blank; ROME 4.0 codes): published with warnings, its FAP families taken from ROME, its wrong rows rejected.
 */
class ProfilesWithGapsImportFunctionalTests extends JobFunctionalTestSupport {

    @Autowired
    ImportResults results;

    @Autowired
    ReferenceCodes codes;

    private ImportResult result;

    @BeforeEach
    void importTheFileOnTheSecondOfDecember2026() throws Exception {
        startOver();
        result = results.of(jobs.startJob(new ImportRequest(TestCatalogs.FIXTURES.resolve("profiles-with-gaps"),
                null, null, "50%", false, false, "fr", LocalDateTime.of(2026, 12, 2, 2, 30), null)
                .toJobParameters()));
    }

    private Fiche published(String id) {
        return catalog.fiche(catalog.currentVersion().orElseThrow().id(), id).orElseThrow();
    }

    @Test
    void publishesTheProfilesWithGapsAndCountsEachGapPerColumn() {
        assertThat(result.exitCode()).as("two rows rejected, warnings never count").isEqualTo(3);
        assertThat(result.changes().added()).isEqualTo(5);
        assertThat(result.rowsRejected()).isEqualTo(2);
        // Four columns the file lacks, for each of the five profiles; two levels and four starting salaries blank.
        assertThat(result.missingByColumn()).containsEntry("employabilite", 5).containsEntry("mobilite", 5)
                .containsEntry("salaire_experimente", 5).containsEntry("bac_conseille", 5)
                .containsEntry("niveau_etudes", 2).containsEntry("salaire_debutant", 4)
                .containsEntry("code_fap", 1);
        Fiche aide = published("aide-soignant");
        assertThat(aide.employability()).isEmpty();
        assertThat(aide.salary().starting()).isEmpty();
        assertThat(aide.details().feminineTitle()).contains("Aide-soignante");
        assertThat(aide.details().links()).hasSize(1);
        assertThat(aide.details().source()).contains("ONISEP, Idéo-Fiches métiers, 2024, licence ODbL");
    }

    @Test
    void publishesRome40CodesWithTheir40LabelsAndSaysWhichVersionEachWasReadIn() {
        Fiche pentest = published("pentesteur");
        assertThat(pentest.romeVersion()).isEqualTo(RomeVersion.V4);
        assertThat(codes.romeLabel(pentest.rome(), pentest.romeVersion())).contains("Pentesteur / Pentesteuse");
        assertThat(result.romeVersions()).containsEntry("v3", 2).containsEntry("4.0", 3);
        assertThat(result.ruleCounts()).containsEntry(RuleCode.ROME_UNKNOWN, 1);
        assertThat(staging.rejects(jdbc.queryForObject("SELECT MAX(job_instance_id) FROM import_reject", Long.class)))
                .filteredOn(v -> v.rule() == RuleCode.ROME_UNKNOWN).singleElement().extracting(Violation::message)
                .asString().isEqualTo("le code ROME « M1855 » n'existe pas dans le référentiel ROME v3, mais il"
                        + " existe dans ROME 4.0 ; colonne version_rome ?");
    }

    @Test
    void derivesBlankFapFamiliesFromRomeAndWarnsOfOneThatDoesNotFit() {
        assertThat(published("aide-soignant").fap()).contains(new FapCode("V0Z60"));
        assertThat(published("developpeur-web").fap()).contains(new FapCode("M1Z80"));
        assertThat(published("technicien-informatique").fap()).as("depends on a qualification not given").isEmpty();
        assertThat(published("analyste-soc").fap()).contains(new FapCode("V0Z"));
        assertThat(result.ruleCounts()).containsEntry(RuleCode.FAP_DERIVED, 3)
                .containsEntry(RuleCode.FAP_ROME_MISMATCH, 1);
    }

    @Test
    void refusesASalaryBelowTheSmicInForceNamingItAndItsDate() {
        assertThat(result.ruleCounts()).containsEntry(RuleCode.SALARY_BELOW_MINIMUM, 1);
        assertThat(result.firstRejects()).extracting(Violation::message).contains("salaire de 1\u202F850\u00A0€"
                + " inférieur au SMIC en vigueur depuis le 1er juin 2026 (1\u202F867,02\u00A0€ brut mensuel)");
        assertThat(result.smic().monthlyGross()).isEqualByComparingTo("1867.02");
    }

    @Test
    void listsRejectsWarningsAndInformationsWithTheirLevelInTheReport() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of(result.reportPath()), StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in).getRecords();
            assertThat(rows.get(0).values()).containsExactly("\uFEFFfichier", "ligne", "colonne", "valeur", "regle",
                    "message", "niveau");
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(4) + ":" + r.get(6))
                    .contains("MISSING_VALUE:avertissement", "FAP_DERIVED:information",
                            "FAP_ROME_MISMATCH:avertissement", "SALARY_BELOW_MINIMUM:rejet", "ROME_UNKNOWN:rejet");
        }
    }

    @Test
    void warnsOnEveryImportOnceTheSmicTableIsOverThirteenMonthsOldWithoutChangingTheExitCode() throws Exception {
        ImportResult later = results.of(jobs.startJob(new ImportRequest(TestCatalogs.FIXTURES.resolve(
                "profiles-with-gaps"), null, null, "50%", false, false, "en", LocalDateTime.of(2027, 8, 2, 2, 30),
                null).toJobParameters()));
        assertThat(later.exitCode()).isEqualTo(3);
        assertThat(later.ruleCounts()).containsEntry(RuleCode.SMIC_TABLE_OUTDATED, 1);
        try (Reader in = Files.newBufferedReader(Path.of(later.reportPath()), StandardCharsets.UTF_8)) {
            CSVRecord first = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in).getRecords().get(1);
            assertThat(first.values()).startsWith("fiches.csv", "0", "fiches.import.smic");
            assertThat(first.get(4)).isEqualTo("SMIC_TABLE_OUTDATED");
            assertThat(first.get(5)).contains("1 June 2026").contains("over 13 months old");
            assertThat(first.get(6)).isEqualTo("warning");
        }
    }
}
