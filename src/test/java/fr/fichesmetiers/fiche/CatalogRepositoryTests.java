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
}
