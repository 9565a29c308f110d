package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import fr.fichesmetiers.JobFunctionalTestSupport;
import fr.fichesmetiers.TestCatalogs;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.Euros;

class ImportJobFunctionalTests extends JobFunctionalTestSupport {

    private static final Path FIXTURES = TestCatalogs.FIXTURES;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    ImportResults results;

    @BeforeEach
    void emptyCatalog() {
        startOver();
    }

    static JobParameters params(String fixture, String maxRejects, boolean force, boolean dryRun) {
        return TestCatalogs.importParameters(fixture, maxRejects, force, dryRun);
    }

    private ImportResult run(String fixture) throws Exception {
        return run(fixture, "", false);
    }

    private ImportResult run(String fixture, String maxRejects, boolean force) throws Exception {
        return results.of(jobs.startJob(params(fixture, maxRejects, force, false)));
    }

    private long currentVersion() {
        return catalog.currentVersion().orElseThrow().id();
    }

    private List<String> publishedIds() {
        return catalog.summaries(currentVersion(), null).stream().map(FicheSummary::id).toList();
    }

    @Test
    void importsAFrenchExcelWindows1252FileWithSemicolonsAndCrlf() throws Exception {
        ImportResult result = run("windows1252");
        assertThat(result.exitCode()).isZero();
        assertThat(result.encoding()).isEqualTo("windows-1252");
        assertThat(result.delimiter()).isEqualTo(";");
        assertThat(result.rowsRead()).isEqualTo(12);
        assertThat(result.changes().added()).isEqualTo(6);
        Fiche energy = catalog.fiche(currentVersion(), "conseiller-energie").orElseThrow();
        assertThat(energy.title()).isEqualTo("Conseiller en économie d’énergie");
        assertThat(energy.section(Section.SUMMARY)).endsWith("— œuvre utile à tous.");
        Fiche backEnd = catalog.fiche(currentVersion(), "developpeur-back-end").orElseThrow();
        assertThat(backEnd.faq()).hasSize(3);
        assertThat(backEnd.faq().get(0).question()).isEqualTo("Quel niveau d’études faut-il ?");
        assertThat(backEnd.section(Section.SUMMARY)).contains("\nUn métier très demandé");
    }

    @Test
    void importsUtf8WithBomWithoutTheBomReachingTheFirstHeader() throws Exception {
        ImportResult result = run("utf8-bom");
        assertThat(result.exitCode()).isZero();
        assertThat(result.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(result.unknownColumns()).isEmpty();
        assertThat(publishedIds()).contains("developpeur-back-end", "aide-soignant");
        Fiche nurse = catalog.fiche(currentVersion(), "infirmier-en-soins-generaux").orElseThrow();
        assertThat(nurse.salary().starting().orElseThrow()).isEqualByComparingTo("2150.50");
        assertThat(nurse.qualities()).containsExactly("Empathie", "Rigueur", "Endurance");
    }

    @Test
    void importsCommaDelimitedEnglishHeaders() throws Exception {
        ImportResult result = run("english-comma");
        assertThat(result.exitCode()).isZero();
        assertThat(result.delimiter()).isEqualTo(",");
        assertThat(result.changes().added()).isEqualTo(6);
        assertThat(catalog.fiche(currentVersion(), "analyste-soc").orElseThrow().section(Section.MISSIONS))
                .contains("« critiques »");
    }

    @Test
    void importsAFileHeadedWithTheSeedDocumentsLabels() throws Exception {
        ImportResult result = run("seed-labels");
        assertThat(result.exitCode()).isZero();
        Fiche backEnd = catalog.fiche(currentVersion(), "developpeur-back-end").orElseThrow();
        assertThat(backEnd.rome().code()).isEqualTo("M1802");
        assertThat(backEnd.section(Section.ACCESS)).isEqualTo("Licence ou master en informatique.");
        assertThat(backEnd.section(Section.BECOMING)).startsWith("Se former en informatique");
    }

    @Test
    void reportsEveryBrokenRowWithItsRuleAndLineAndPublishesTheGoodOnes() throws Exception {
        ImportResult result = run("bad-rows", "100%", false);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(publishedIds()).containsExactly("developpeur-back-end", "infirmier-en-soins-generaux");
        assertThat(result.reportPath()).isNotNull();
        byte[] bytes = Files.readAllBytes(Path.of(result.reportPath()));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> report = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new String(bytes, StandardCharsets.UTF_8).substring(1).lines()
                        .reduce((a, b) -> a + "\n" + b).map(java.io.StringReader::new).orElseThrow())
                .getRecords();
        assertThat(report).extracting(r -> r.get("fichier") + ":" + r.get("ligne") + ":" + r.get("regle"))
                .contains("fiches.csv:5:COLUMN_COUNT", "fiches.csv:6:REQUIRED", "fiches.csv:8:ID_FORMAT",
                        "fiches.csv:10:ID_DUPLICATE", "fiches.csv:12:ROME_FORMAT", "fiches.csv:14:ROME_UNKNOWN",
                        "fiches.csv:16:FAP_FORMAT", "fiches.csv:18:FAP_UNKNOWN",
                        "fiches.csv:20:EDUCATION_LEVEL_UNKNOWN", "fiches.csv:22:EMPLOYABILITY_UNKNOWN",
                        "fiches.csv:24:MOBILITY_UNKNOWN", "fiches.csv:26:SALARY_FORMAT",
                        "fiches.csv:28:SALARY_BELOW_MINIMUM", "fiches.csv:30:SALARY_ABOVE_MAXIMUM",
                        "fiches.csv:32:SALARY_ORDER", "fiches.csv:34:TEXT_TOO_LONG",
                        "fiches.csv:36:TEXT_CONTROL_CHARACTERS", "faq.csv:3:FAQ_UNKNOWN_PROFILE",
                        "faq.csv:4:FAQ_REQUIRED");
        CSVRecord rome = report.stream().filter(r -> r.get("regle").equals("ROME_FORMAT")).findFirst().orElseThrow();
        assertThat(rome.get("colonne")).isEqualTo("code_rome");
        assertThat(rome.get("valeur")).isEqualTo("M18O2");
        assertThat(rome.get("message")).startsWith("« M18O2 » n'est pas un code ROME");
        CSVRecord formula = report.stream().filter(r -> r.get("ligne").equals("37")).findFirst().orElseThrow();
        assertThat(formula.get("valeur")).isEqualTo("'=formula-id");
        assertThat(result.ruleCounts()).containsEntry(RuleCode.ROME_FORMAT, 1).containsEntry(RuleCode.ID_FORMAT, 2);
        assertThat(result.rowsRejected()).isEqualTo(20);
    }

    @Test
    void checksStartingSalariesAgainstTheSmicInForceOnTheDayTheImportWasAskedFor(@TempDir Path dir) throws Exception {
        String fixture = Files.readString(FIXTURES.resolve("utf8-bom/fiches.csv"), StandardCharsets.UTF_8);
        assertThat(fixture).contains("aide-soignant;");
        Files.writeString(dir.resolve("fiches.csv"), fixture.replace(";1 900 € brut;", ";1 850 € brut;"));
        // In May 2026 the SMIC was 1 823,03 €: 1 850 € is above it.
        ImportResult may = results.of(jobs.startJob(new ImportRequest(dir, null, null, "50%", false, false, "fr",
                LocalDateTime.of(2026, 5, 15, 2, 30), null).toJobParameters()));
        assertThat(may.exitCode()).isZero();
        assertThat(catalog.fiche(currentVersion(), "aide-soignant").orElseThrow().salary().starting())
                .contains(new BigDecimal("1850.00"));
        // Since 1 June 2026 it is 1 867,02 €.
        ImportResult december = results.of(jobs.startJob(new ImportRequest(dir, null, null, "50%", false, false,
                "fr", LocalDateTime.of(2026, 12, 1, 2, 30), null).toJobParameters()));
        assertThat(december.ruleCounts()).containsEntry(RuleCode.SALARY_BELOW_MINIMUM, 1);
        assertThat(jdbc.queryForList("SELECT message FROM import_reject WHERE rule_code = 'SALARY_BELOW_MINIMUM'",
                String.class)).singleElement().asString().contains(Euros.format(new BigDecimal("1850"), Locale.FRENCH))
                .contains(Euros.format(new BigDecimal("1867.02"), Locale.FRENCH));
    }

    @Test
    void refusesAFileMissingARequiredColumnAndKeepsThePublishedCatalog() throws Exception {
        run("utf8-bom");
        long before = currentVersion();
        ImportResult result = run("missing-column");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.HEADER_MISSING_COLUMN);
        assertThat(result.refusalMessage()).contains("code_rome").contains("Colonnes trouvées : identifiant");
        assertThat(currentVersion()).isEqualTo(before);
        assertThat(publishedIds()).hasSize(6);
    }

    @Test
    void refusesAFileWithAColumnPresentTwice() throws Exception {
        ImportResult result = run("duplicate-column");
        assertThat(result.refusalRule()).isEqualTo(RuleCode.HEADER_DUPLICATE_COLUMN);
        assertThat(result.refusalMessage()).contains("code_rome (code_rome, Code ROME)");
        assertThat(catalog.currentVersion()).isEmpty();
    }

    @Test
    void refusesTooManyRejectsPublishingNothingButReportingThem() throws Exception {
        run("utf8-bom");
        ImportResult result = run("bad-rows");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.TOO_MANY_REJECTS);
        assertThat(result.refusalMessage()).startsWith("fiches.csv : ").contains("ligne(s) rejetée(s) sur")
                .contains("10 %");
        assertThat(result.reportPath()).isNotNull();
        assertThat(currentVersion()).isEqualTo(1);
        assertThat(publishedIds()).hasSize(6);
    }

    @Test
    void reimportAddsChangesKeepsAndRetiresProfiles() throws Exception {
        run("reimport-v1");
        ImportResult result = run("reimport-v2", "1", false);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.changes()).satisfies(c -> {
            assertThat(c.added()).isEqualTo(1);
            assertThat(c.changed()).isEqualTo(1);
            assertThat(c.unchanged()).isEqualTo(2);
            assertThat(c.kept()).isEqualTo(1);
            assertThat(c.retired()).isEqualTo(1);
        });
        assertThat(result.versionId()).isEqualTo(2);
        assertThat(publishedIds()).containsExactlyInAnyOrder("developpeur-back-end", "analyste-soc",
                "infirmier-en-soins-generaux", "technicien-eolien", "conseiller-energie");
        assertThat(catalog.fiche(2, "analyste-soc").orElseThrow().salary().experienced().orElseThrow()).isEqualByComparingTo("4000");
        assertThat(catalog.fiche(2, "infirmier-en-soins-generaux").orElseThrow().rome().code()).isEqualTo("J1506");
        assertThat(catalog.fiche(1, "aide-soignant")).isPresent();
        assertThat(catalog.fiche(2, "aide-soignant")).isEmpty();
        assertThat(catalog.fiche(1, "analyste-soc").orElseThrow().salary().experienced().orElseThrow()).isEqualByComparingTo("3800");
        // The changed profile's FAQ, already in the catalog, was staged by its hashes and copied from there.
        assertThat(catalog.fiche(2, "analyste-soc").orElseThrow().faq())
                .isEqualTo(catalog.fiche(1, "analyste-soc").orElseThrow().faq()).hasSize(2)
                .extracting(fr.fichesmetiers.fiche.FaqEntry::question)
                .containsExactly("Faut-il aimer travailler de nuit ?", "Quel diplôme viser ?");
        assertThat(catalog.version(2).orElseThrow().changes()).isEqualTo(result.changes());
        // The date a brochure prints: unchanged content keeps the first publication's, changed content gets the new.
        java.sql.Timestamp first = jdbc.queryForObject(
                "SELECT published_at FROM catalog_version WHERE version_id = 1", java.sql.Timestamp.class);
        java.sql.Timestamp second = jdbc.queryForObject(
                "SELECT published_at FROM catalog_version WHERE version_id = 2", java.sql.Timestamp.class);
        String sql = "SELECT r.first_published_at FROM catalog_entry e JOIN fiche_revision r ON r.fiche_id = e.fiche_id"
                + " AND r.content_hash = e.content_hash WHERE e.version_id = 2 AND e.fiche_id = ?";
        assertThat(jdbc.queryForObject(sql, java.sql.Timestamp.class, "developpeur-back-end")).isEqualTo(first);
        assertThat(jdbc.queryForObject(sql, java.sql.Timestamp.class, "analyste-soc")).isEqualTo(second);
        assertThat(catalog.firstPublished(2)).hasSize(5);
    }

    @Test
    void refusesRetiringMoreThanAFifthOfTheCatalogUnlessForced() throws Exception {
        run("utf8-bom");
        ImportResult refused = run("reimport-v1");
        assertThat(refused.refusalRule()).isNull();
        run("reimport-v1");
        Path single = Files.createTempDirectory("one-profile");
        List<String> lines = Files.readAllLines(FIXTURES.resolve("windows1252/fiches.csv"),
                java.nio.charset.Charset.forName("windows-1252"));
        Files.write(single.resolve("fiches.csv"), List.of(lines.get(0), lines.get(4)),
                java.nio.charset.Charset.forName("windows-1252"));
        ImportResult guarded = results.of(jobs.startJob(params(single.toString(), "", false, false)));
        assertThat(guarded.refusalRule()).isEqualTo(RuleCode.TOO_MANY_RETIREMENTS);
        assertThat(guarded.refusalMessage()).contains("4 fiche(s) sur 5").contains("--force");
        assertThat(publishedIds()).hasSize(5);
        ImportResult forced = results.of(jobs.startJob(params(single.toString(), "", true, false)));
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.changes().retired()).isEqualTo(4);
        assertThat(publishedIds()).containsExactly("infirmier-en-soins-generaux");
    }

    @Test
    void aFailureWhilePublishingLeavesTheCatalogUnchangedAndRestartFinishesTheJob() throws Exception {
        run("reimport-v1");
        List<String> before = publishedIds();
        // Sabotage: the entries of version 2 are refused once its row is written, as a database failure would.
        jdbc.execute("ALTER TABLE catalog_entry ADD CONSTRAINT sabotage CHECK (version_id < 2)");
        JobExecution failed = jobs.startJob(params("reimport-v2", "1", false, false));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(currentVersion()).isEqualTo(1);
        assertThat(publishedIds()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalog_version", Integer.class)).isEqualTo(1);
        jdbc.execute("ALTER TABLE catalog_entry DROP CONSTRAINT sabotage");
        JobExecution restarted = jobOperator.restart(failed);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName())
                .containsExactly(ImportKeys.PUBLISH_STEP, ImportKeys.CLEANUP_STEP);
        ImportResult result = results.of(restarted);
        assertThat(result.versionId()).isEqualTo(2);
        assertThat(result.changes().kept()).isEqualTo(1);
        assertThat(publishedIds()).hasSize(5).contains("conseiller-energie");
    }

    @Test
    void anImportThatFailsAfterPublishingSaysWhatItPublishedAndItsRestartToo() throws Exception {
        run("reimport-v1");
        // The last step fails, after the publication committed (as a crash there would leave it).
        doThrow(new IllegalStateException("disque plein")).doCallRealMethod().when(staging).clear(anyLong());
        JobExecution failed = jobs.startJob(params("reimport-v2", "1", false, false));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        ImportResult result = results.of(failed);
        assertThat(result.published()).isTrue();
        assertThat(result.versionId()).isEqualTo(2);
        assertThat(result.changes()).isEqualTo(catalog.version(2).orElseThrow().changes());
        assertThat(result.exitCode()).isEqualTo(1);
        JobExecution restarted = jobOperator.restart(failed);
        assertThat(restarted.getStepExecutions()).extracting(s -> s.getStepName())
                .containsExactly(ImportKeys.CLEANUP_STEP);
        ImportResult finished = results.of(restarted);
        assertThat(finished.exitCode()).isEqualTo(3);
        assertThat(finished.versionId()).isEqualTo(2);
        assertThat(finished.changes().added()).isEqualTo(1);
        assertThat(finished.rowsRead()).isEqualTo(result.rowsRead()).isPositive();
        assertThat(stagedRows()).isZero();
    }

    @Test
    void validatePublishesNothingButSaysWhatAnImportWouldDo() throws Exception {
        ImportResult result = results.of(jobs.startJob(params("utf8-bom", "", false, true)));
        assertThat(result.exitCode()).isZero();
        assertThat(result.published()).isFalse();
        assertThat(result.changes().added()).isEqualTo(6);
        assertThat(catalog.currentVersion()).isEmpty();
        assertThat(stagedRows()).isZero();
    }

    @Test
    void aPublishedImportLeavesNoStagingAndARefusedOneLeavesNothingButItsRejects() throws Exception {
        run("utf8-bom");
        assertThat(stagedRows()).isZero();
        int revisions = storedRevisions();
        // bad-rows stages new contents of two published profiles, then is refused (too many rejects).
        ImportResult refused = run("bad-rows");
        assertThat(refused.refusalRule()).isEqualTo(RuleCode.TOO_MANY_REJECTS);
        assertThat(stagedRows()).isZero();
        assertThat(storedRevisions()).isEqualTo(revisions);
        assertThat(refused.rowsRejected()).isEqualTo(20);
        assertThat(refused.totalViolations()).isPositive();
        assertThat(publishedIds()).hasSize(6);
        assertThat(catalog.fiche(currentVersion(), "developpeur-back-end").orElseThrow().faq()).isNotEmpty();
    }

    @Test
    void aRefusedImportRestartedIsRefusedAgainWithoutRunningAStep() throws Exception {
        run("utf8-bom");
        JobExecution refused = jobs.startJob(params("bad-rows", "", false, false));
        assertThat(results.of(refused).refusalRule()).isEqualTo(RuleCode.TOO_MANY_REJECTS);
        JobExecution restarted = jobOperator.restart(refused);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(restarted.getStepExecutions()).isEmpty();
        ImportResult result = results.of(restarted);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.TOO_MANY_REJECTS);
        assertThat(result.refusalMessage()).isEqualTo(results.of(refused).refusalMessage());
        assertThat(currentVersion()).isEqualTo(1);
        assertThat(stagedRows()).isZero();
    }

    @Test
    void aFailedImportKeepsItsStagingForARestartUntilItIsAbandonedAndDiscarded() throws Exception {
        run("reimport-v1");
        int revisions = storedRevisions();
        jdbc.execute("ALTER TABLE catalog_entry ADD CONSTRAINT sabotage CHECK (version_id < 2)");
        JobExecution failed;
        try {
            failed = jobs.startJob(params("reimport-v2", "1", false, false));
        }
        finally {
            jdbc.execute("ALTER TABLE catalog_entry DROP CONSTRAINT sabotage");
        }
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stagedRows()).isPositive();
        // The changed analyste-soc and the new conseiller-energie were stored, unpublished.
        assertThat(storedRevisions()).isEqualTo(revisions + 2);
        JobExecution abandoned = jobOperator.abandon(failed);
        assertThat(abandoned.getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(staging.discard(abandoned.getJobInstance().getInstanceId())).isPositive();
        assertThat(stagedRows()).isZero();
        assertThat(storedRevisions()).isEqualTo(revisions);
        assertThat(publishedIds()).hasSize(5);
        assertThat(catalog.fiche(1, "analyste-soc").orElseThrow().faq()).hasSize(2);
        // The next import stores and publishes them again, the FAQ copied from the published revision's.
        assertThat(run("reimport-v2", "1", false).versionId()).isEqualTo(2);
        assertThat(catalog.fiche(2, "analyste-soc").orElseThrow().faq())
                .isEqualTo(catalog.fiche(1, "analyste-soc").orElseThrow().faq());
        assertThat(catalog.fiche(2, "conseiller-energie")).isPresent();
    }

    private int storedRevisions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fiche_revision", Integer.class);
    }

    private long stagedRows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM staged_fiche) + (SELECT COUNT(*) FROM staged_faq)",
                Long.class);
    }

    @Test
    void acceptsTheEmptyColumnsExcelLeavesAfterTheData() throws Exception {
        ImportResult result = run("excel-trailing-columns");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(publishedIds()).hasSize(6);
    }

    @Test
    void refusesAQuoteNeverClosedNamingTheLineWhereItOpens() throws Exception {
        ImportResult result = run("unclosed-quote");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.COLUMN_COUNT);
        assertThat(result.refusalMessage()).isEqualTo("fiches.csv, ligne 6 : guillemet non refermé ou mal placé ;"
                + " le fichier ne peut pas être lu au-delà (vérifiez les guillemets de cette ligne)");
        assertThat(result.failureMessage()).isNull();
        assertThat(catalog.currentVersion()).isEmpty();
    }

    @Test
    void judgesAShareOfRejectsFileByFileSoThatFaqRowsCannotHideBrokenProfiles() throws Exception {
        ImportResult result = run("bad-rows", "50%", false);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.TOO_MANY_REJECTS);
        assertThat(result.refusalMessage()).startsWith("fiches.csv : ");
    }

    @Test
    void refusesAPathThatDoesNotExist() throws Exception {
        ImportResult result = run("no-such-folder");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.refusalRule()).isEqualTo(RuleCode.FILE_NOT_FOUND);
        assertThat(result.refusalMessage()).contains("no-such-folder");
    }
}
