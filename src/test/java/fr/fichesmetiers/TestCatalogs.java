package fr.fichesmetiers;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.fichesmetiers.importing.ImportRequest;

/** Helpers shared by the functional tests: import parameters for the fixtures, an empty database. */
public final class TestCatalogs {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private TestCatalogs() {
    }

    /** Parameters importing a fixture folder (or any path) with the default guards. */
    public static JobParameters importParameters(String fixtureOrPath, String maxRejects, boolean force,
            boolean dryRun) {
        Path input = Path.of(fixtureOrPath).isAbsolute() ? Path.of(fixtureOrPath) : FIXTURES.resolve(fixtureOrPath);
        return new ImportRequest(input, null, null, maxRejects.isEmpty() ? null : maxRejects, force, dryRun, "fr",
                LocalDateTime.now(), null).toJobParameters();
    }

    public static JobParameters importParameters(String fixture) {
        return importParameters(fixture, "", false, false);
    }

    /** Empties the catalog and outputs bookkeeping (the job repository is emptied by JobRepositoryTestUtils). */
    public static void emptyDatabase(JdbcTemplate jdbc) {
        // Children before the revisions and versions their foreign keys name.
        for (String table : List.of("catalog_entry", "catalog_version", "faq_entry", "fiche_text", "fiche_revision",
                "staged_fiche", "staged_faq", "import_reject", "rendered_document")) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
