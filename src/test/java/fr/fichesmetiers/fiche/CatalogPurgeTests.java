package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogPurgeTests {

    private static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 1, 2, 30);
    private static final List<String> TABLES = List.of("catalog_version", "catalog_entry", "fiche_revision",
            "fiche_text", "faq_entry", "staged_fiche", "staged_faq", "import_reject", "rendered_document",
            "BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT");

    private TestDatabase db;
    private CatalogPurge purge;

    private static LocalDateTime day(int n) {
        return DAY.plusDays(n);
    }

    /**
     * Three versions over four nights, as imports, brochure runs and a nightly leave them:
     * <ol>
     * <li>run 1 imports version 1 (a:1, b:1), with two rejected rows; run 2 renders brochures;</li>
     * <li>run 3, an import that failed and may be restarted, staged c:x and a FAQ row of b to be copied from
     * b:1's entry; run 4 imports version 2 (a:2, b:1), one rejected row;</li>
     * <li>run 5, an import abandoned, left d:1 staged;</li>
     * <li>run 6, a nightly that failed (restartable), ran run 7, which imported version 3 (a:2, b:3).</li>
     * </ol>
     */
    @BeforeEach
    void threeVersions() {
        db = new TestDatabase();
        purge = new CatalogPurge(db.jdbc, db.revisions, db.transactionManager);
        db.revision("a", "1");
        db.revision("b", "1");
        db.run(1, 1, "ficheImportJob", "COMPLETED", day(1), day(1).plusMinutes(1));
        db.version(1, 1L, day(1).plusSeconds(50), "a:1", "b:1");
        db.reject(1, 5);
        db.reject(1, 6);
        db.run(2, 2, "brochureJob", "COMPLETED", day(1).plusMinutes(2), day(1).plusMinutes(3));

        db.run(3, 3, "ficheImportJob", "FAILED", day(2), day(2).plusMinutes(1));
        db.revision("c", "x");
        db.staged(3, "c", "x");
        db.stagedFaqByHash(3, 2, "b", "faq-b-1");
        db.reject(3, 9);
        db.revision("a", "2");
        db.run(4, 4, "ficheImportJob", "COMPLETED", day(2).plusHours(1), day(2).plusHours(1).plusMinutes(1));
        db.version(2, 4L, day(2).plusHours(1).plusSeconds(50), "a:2", "b:1");
        db.reject(4, 7);

        db.run(5, 5, "ficheImportJob", "ABANDONED", day(3), day(3).plusMinutes(1));
        db.revision("d", "1");
        db.staged(5, "d", "1");
        db.stagedFaqByHash(5, 2, "d", "faq-d-1");

        db.run(6, 6, "nightly", "FAILED", day(4), day(4).plusMinutes(20));
        db.revision("b", "3");
        db.run(7, 7, "ficheImportJob", "COMPLETED", day(4).plusMinutes(1), day(4).plusMinutes(5));
        db.version(3, 7L, day(4).plusMinutes(4), "a:2", "b:3");

        db.document("brochure", "a");
        db.document("brochure", "b");
        db.document("brochure", "retired-long-ago");
        db.document("booklet", "Cybersécurité");
        db.document("booklet", "Guide disparu");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, db.count(table)));
        return counts;
    }

    @Test
    void keepsTheNewestVersionsAndRemovesWhatNoneOfThemNeeds() {
        PurgeResult result = purge.purge(1, false);

        assertThat(result.oldestKeptVersion()).isEqualTo(3);
        assertThat(result.versions()).containsExactly(1L, 2L);
        assertThat(result.catalogEntries()).isEqualTo(4);
        assertThat(db.jdbc.queryForList("SELECT version_id FROM catalog_version", Long.class)).containsExactly(3L);
        // a:1 only version 1 published; d:1 only the abandoned run staged. b:1 stays: the failed run 3, which may
        // be restarted, staged a FAQ row to be copied from its entry. c:x stays: run 3 staged it.
        assertThat(result.revisions()).isEqualTo(2);
        assertThat(result.texts()).isEqualTo(2);
        assertThat(result.faqEntries()).isEqualTo(2);
        assertThat(db.hasRevision("a", "1")).isFalse();
        assertThat(db.hasRevision("d", "1")).isFalse();
        assertThat(db.hasRevision("b", "1")).isTrue();
        assertThat(db.hasRevision("c", "x")).isTrue();
        assertThat(db.hasRevision("a", "2")).isTrue();
        assertThat(db.hasRevision("b", "3")).isTrue();
        assertThat(result.stagedRows()).isEqualTo(2);
        assertThat(db.count("staged_fiche")).isEqualTo(1);
        assertThat(db.count("staged_faq")).isEqualTo(1);
        // Runs 1, 2, 4 and 5 are over and ended before run 7 (which published version 3) began; run 3 may be
        // restarted, run 6 too, and run 7 ran inside run 6.
        assertThat(result.jobInstances()).isEqualTo(4);
        assertThat(result.jobExecutions()).isEqualTo(4);
        assertThat(result.stepExecutions()).isEqualTo(4);
        assertThat(db.jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE ORDER BY 1", Long.class))
                .containsExactly(3L, 6L, 7L);
        assertThat(db.count("BATCH_JOB_EXECUTION_CONTEXT")).isEqualTo(3);
        assertThat(db.count("BATCH_STEP_EXECUTION_CONTEXT")).isEqualTo(3);
        assertThat(result.rejects()).isEqualTo(3);
        assertThat(db.jdbc.queryForList("SELECT job_instance_id FROM import_reject", Long.class)).containsExactly(3L);
        assertThat(result.renderedDocuments()).isEqualTo(2);
        assertThat(db.jdbc.queryForList("SELECT subject FROM rendered_document ORDER BY subject", String.class))
                .containsExactly("Cybersécurité", "a", "b");

        CatalogRepository catalog = new CatalogRepository(db.jdbc);
        assertThat(catalog.summaries(3, null)).extracting(FicheSummary::id).containsExactly("a", "b");
        assertThat(catalog.fiches(3, List.of("a", "b"))).allSatisfy(fiche -> assertThat(fiche.faq()).hasSize(1));
    }

    @Test
    void aDryRunSaysExactlyWhatThePurgeWouldRemoveAndRemovesNothing() {
        Map<String, Integer> before = counts();
        PurgeResult dryRun = purge.purge(1, true);
        assertThat(dryRun.dryRun()).isTrue();
        assertThat(counts()).isEqualTo(before);

        PurgeResult done = purge.purge(1, false);
        assertThat(done).usingRecursiveComparison().ignoringFields("dryRun").isEqualTo(dryRun);
        assertThat(dryRun.nothing()).isFalse();
    }

    @Test
    void aSecondPurgeFindsNothingLeftToRemove() {
        purge.purge(2, false);
        Map<String, Integer> after = counts();
        PurgeResult again = purge.purge(2, false);
        assertThat(again.nothing()).isTrue();
        assertThat(again.oldestKeptVersion()).isEqualTo(2);
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void keepingTwoVersionsKeepsTheRunsAndRevisionsOfTheSecond() {
        PurgeResult result = purge.purge(2, false);
        assertThat(result.versions()).containsExactly(1L);
        assertThat(db.hasRevision("a", "1")).isFalse();
        assertThat(db.hasRevision("b", "1")).isTrue();
        assertThat(db.hasRevision("d", "1")).isFalse();
        // Version 2's import (run 4) began after the failed run 3: runs 1 and 2 go, and the abandoned 5 stays
        // for now, having ended after run 4 began.
        assertThat(db.jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE ORDER BY 1", Long.class))
                .containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(db.jdbc.queryForList("SELECT DISTINCT job_instance_id FROM import_reject ORDER BY 1", Long.class))
                .containsExactly(3L, 4L);
    }

    @Test
    void keepingMoreVersionsThanThereAreRemovesOnlyWhatNothingNeeds() {
        PurgeResult result = purge.purge(10, false);
        assertThat(result.oldestKeptVersion()).isEqualTo(1);
        assertThat(result.versions()).isEmpty();
        assertThat(db.count("catalog_version")).isEqualTo(3);
        // The abandoned run's staging and the revision only it stored.
        assertThat(result.stagedRows()).isEqualTo(2);
        assertThat(result.revisions()).isEqualTo(1);
        assertThat(db.hasRevision("d", "1")).isFalse();
        assertThat(result.jobInstances()).isZero();
        assertThat(result.renderedDocuments()).isEqualTo(2);
    }

    @Test
    void refusesToKeepNoVersion() {
        assertThatThrownBy(() -> purge.purge(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
