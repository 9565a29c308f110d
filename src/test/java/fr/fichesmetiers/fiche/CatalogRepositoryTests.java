package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogRepositoryTests {

    private final TestDatabase db = new TestDatabase();
    private final CatalogRepository catalog = new CatalogRepository(db.jdbc);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aVersionWithoutAJobExecutionSaysSoRatherThanExecutionZero() {
        db.revision("a", "1");
        db.version(1, null, LocalDateTime.of(2026, 11, 1, 2, 30), "a:1");
        db.version(2, 7L, LocalDateTime.of(2026, 11, 2, 2, 30), "a:1");
        assertThat(catalog.version(1).orElseThrow().jobExecutionId()).isNull();
        assertThat(catalog.version(2).orElseThrow().jobExecutionId()).isEqualTo(7L);
    }

    @Test
    void findsTheVersionAnImportPublishedByItsExecutions() {
        db.revision("a", "1");
        db.version(1, 3L, LocalDateTime.of(2026, 11, 1, 2, 30), "a:1");
        db.version(2, 5L, LocalDateTime.of(2026, 11, 2, 2, 30), "a:1");
        assertThat(catalog.versionPublishedBy(List.of(4L, 5L))).map(CatalogVersion::id).contains(2L);
        assertThat(catalog.versionPublishedBy(List.of(4L))).isEmpty();
        assertThat(catalog.versionPublishedBy(List.of())).isEmpty();
    }

    @Test
    void storesAndReadsBackAProfileWithGapsAndDetails() {
        Fiche gaps = SampleFiches.withGaps();
        Fiche v4 = SampleFiches.romeV4();
        db.revisions.storeMissing(List.of(FicheRevision.of(gaps), FicheRevision.of(v4)));
        db.version(1, null, LocalDateTime.of(2026, 12, 1, 2, 30), gaps.id() + ":" + FicheHash.of(gaps),
                v4.id() + ":" + FicheHash.of(v4));
        assertThat(catalog.fiche(1, gaps.id())).contains(gaps);
        assertThat(catalog.fiche(1, v4.id())).contains(v4);
        FicheSummary summary = catalog.summaries(1, null).stream().filter(f -> f.id().equals(gaps.id()))
                .findFirst().orElseThrow();
        assertThat(summary).isEqualTo(FicheSummary.of(gaps, FicheHash.of(gaps)));
        assertThat(summary.fap()).isEmpty();
        assertThat(summary.salary().experienced()).isEmpty();
        // Unknown salaries are NULL, never 0: the highest salary is the one known.
        assertThat(catalog.highestSalary(1)).isEqualByComparingTo("3800");
        assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM fiche_revision WHERE experienced_salary IS NULL"
                + " AND fap_code IS NULL AND employability IS NULL AND mobility IS NULL", Integer.class)).isOne();
        assertThat(db.jdbc.queryForList("SELECT rome_version FROM fiche_revision ORDER BY fiche_id", String.class))
                .containsExactly("v3", "4.0");
    }

    @Test
    void aProfileOfRelease01ReadsBackWithoutDetails() {
        Fiche complete = SampleFiches.complete().withFaq(List.of());
        db.revisions.storeMissing(List.of(FicheRevision.of(complete)));
        db.version(1, null, LocalDateTime.of(2026, 12, 1, 2, 30), complete.id() + ":" + FicheHash.of(complete));
        Fiche read = catalog.fiche(1, complete.id()).orElseThrow();
        assertThat(read).isEqualTo(complete);
        assertThat(read.details().isEmpty()).isTrue();
        assertThat(read.romeVersion()).isEqualTo(RomeVersion.V3);
    }
}
