package fr.fichesmetiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.fichesmetiers.fiche.CatalogPurge;
import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheDetails;
import fr.fichesmetiers.fiche.FicheHash;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.fiche.PurgeResult;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.importing.ImportKeys;

/**
 * A data directory made by release 0.1.0, before schema migrations, opened by this build: migrated on its first
 * start with its catalog and run history intact, and left alone on the next one.
 */
class DataDirectoryMigrationFunctionalTests {

    private static final Path RELEASE_0_1_0 = TestCatalogs.FIXTURES.resolve("data-dir-0.1.0");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // As arguments: they win over application.yml (default properties would not). The database is the H2 file
        // of the data directory, as release 0.1.0 made it: this test is about H2 data directories, on either pass.
        return new SpringApplicationBuilder(FichesMetiersApplication.class).run("--fiches.data-dir=" + dataDir,
                "--fiches.import.report-directory=" + dataDir.resolve("reports"));
    }

    private Path copyOfTheRelease() throws Exception {
        Files.copy(RELEASE_0_1_0.resolve("fiches-metiers.mv.db"), dataDir.resolve("fiches-metiers.mv.db"));
        return dataDir;
    }

    /** The versions recorded, without the row saying the history table was made. */
    private static List<String> migrations(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT \"version\" || ':' || \"type\" || ':' || \"success\""
                + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
                String.class);
    }

    @Test
    void aDataDirectoryOfRelease010KeepsItsCatalogAndHistoryOnceMigrated() throws Exception {
        copyOfTheRelease();
        try (ConfigurableApplicationContext context = start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // Baselined at 0 (it had tables and no history), then every version applied.
            assertThat(migrations(jdbc)).containsExactly("0:BASELINE:TRUE", "1:SQL:TRUE", "2:JDBC:TRUE",
                    "3:SQL:TRUE", "4:SQL:TRUE", "5:SQL:TRUE", "6:SQL:TRUE",
                    "11:SQL:TRUE", "12:SQL:TRUE", "13:SQL:TRUE", "14:SQL:TRUE");
            CatalogRepository catalog = context.getBean(CatalogRepository.class);
            CatalogVersion current = catalog.currentVersion().orElseThrow();
            assertThat(current.id()).isEqualTo(2);
            assertThat(current.profiles()).isEqualTo(18);
            assertThat(current.changes().changed()).isEqualTo(1);
            assertThat(current.jobExecutionId()).isEqualTo(5);
            assertThat(catalog.fiche(1, "developpeur-back-end").orElseThrow().salary().experienced().orElseThrow())
                    .isEqualByComparingTo("4000");
            assertThat(catalog.fiche(2, "developpeur-back-end").orElseThrow().salary().experienced().orElseThrow())
                    .isEqualByComparingTo("4200");
            assertThat(catalog.fiche(2, "developpeur-back-end").orElseThrow().faq()).isNotEmpty();
            assertThat(catalog.firstPublished(2)).hasSize(18);
            // Its profiles were read as ROME v3 and have none of the later details; their hashes are as stored.
            for (Fiche fiche : catalog.fiches(2, catalog.summaries(2, null).stream().map(FicheSummary::id).toList())) {
                assertThat(fiche.romeVersion()).isEqualTo(RomeVersion.V3);
                assertThat(fiche.details()).isEqualTo(FicheDetails.NONE);
                assertThat(fiche.salary().isComplete()).isTrue();
                assertThat(fiche.fap()).isPresent();
                assertThat(FicheHash.of(fiche)).isEqualTo(jdbc.queryForObject("SELECT e.content_hash"
                        + " FROM catalog_entry e WHERE e.version_id = 2 AND e.fiche_id = ?", String.class, fiche.id()));
            }
            // The run history Boot made at every start of that release is the one Batch reads now.
            JobRepository runs = context.getBean(JobRepository.class);
            assertThat(runs.getJobExecution(6L).getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(runs.getJobExecution(1L).getJobInstance().getJobName()).isEqualTo("nightly");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_reject", Integer.class)).isEqualTo(20);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rendered_document", Integer.class)).isEqualTo(22);
            assertThat(foreignKeys(jdbc)).containsExactlyInAnyOrder("CATALOG_ENTRY_REVISION",
                    "CATALOG_ENTRY_VERSION", "FAQ_ENTRY_REVISION", "FICHE_TEXT_REVISION", "RUN_OWNER_EXECUTION");

            // And it goes on: an import publishes the next version over the migrated catalog and its history.
            JobOperator operator = context.getBean(JobOperator.class);
            var execution = operator.start(context.getBean(ImportKeys.JOB, Job.class),
                    TestCatalogs.importParameters(Path.of("input").toAbsolutePath().toString()));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            CatalogVersion third = catalog.currentVersion().orElseThrow();
            assertThat(third.id()).isEqualTo(3);
            // developpeur-back-end back to 4 000 €, and the two starting salaries input/ raised above the SMIC of
            // June 2026; the 15 others keep the hash release 0.1.0 gave them.
            assertThat(third.changes().changed()).isEqualTo(3);
            assertThat(third.changes().unchanged()).isEqualTo(15);
            assertThat(third.jobExecutionId()).isEqualTo(execution.getId()).isGreaterThan(6);
        }
    }

    @Test
    void aMigratedDataDirectoryIsPurgedDownToItsPublishedVersion() throws Exception {
        copyOfTheRelease();
        try (ConfigurableApplicationContext context = start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            PurgeResult result = context.getBean(CatalogPurge.class).purge(1, false);
            assertThat(result.versions()).containsExactly(1L);
            assertThat(result.catalogEntries()).isEqualTo(18);
            // Version 1's developpeur-back-end; the refused import's revisions stay with its staging (it can be
            // restarted, as far as Spring Batch knows: abandon gives it up).
            assertThat(result.revisions()).isEqualTo(1);
            assertThat(result.faqEntries()).isPositive();
            // The nightly and its three child jobs, before version 2's import.
            assertThat(result.jobInstances()).isEqualTo(4);
            assertThat(result.rejects()).isZero();
            assertThat(result.renderedDocuments()).isZero();
            CatalogRepository catalog = context.getBean(CatalogRepository.class);
            assertThat(catalog.summaries(2, null)).hasSize(18);
            assertThat(catalog.fiche(2, "developpeur-back-end").orElseThrow().faq()).isNotEmpty();
            assertThat(jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY 1", Long.class))
                    .containsExactly(5L, 6L);
        }
    }

    @Test
    void aSecondStartMakesNothingAgain() throws Exception {
        Map<String, Object> before;
        try (ConfigurableApplicationContext context = start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(migrations(jdbc)).containsExactly("1:SQL:TRUE", "2:JDBC:TRUE", "3:SQL:TRUE", "4:SQL:TRUE",
                    "5:SQL:TRUE", "6:SQL:TRUE",
                    "11:SQL:TRUE", "12:SQL:TRUE", "13:SQL:TRUE", "14:SQL:TRUE");
            before = jdbc.queryForMap("SELECT COUNT(*) AS migrations, MAX(\"installed_on\") AS last"
                    + " FROM \"flyway_schema_history\"");
        }
        try (ConfigurableApplicationContext context = start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForMap("SELECT COUNT(*) AS migrations, MAX(\"installed_on\") AS last"
                    + " FROM \"flyway_schema_history\"")).isEqualTo(before);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isZero();
        }
        // H2 traces failed statements: Boot's Batch initialisation left "already exists" there at every start.
        // (Tests run with assertions on, which H2 also traces when it closes: only the statements are checked.)
        Path trace = dataDir.resolve("fiches-metiers.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("already exists");
    }

    private static List<String> foreignKeys(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME NOT LIKE 'BATCH%'", String.class);
    }
}
