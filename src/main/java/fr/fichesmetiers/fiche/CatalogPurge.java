package fr.fichesmetiers.fiche;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code purge --keep-versions N}: keeps the N most recent catalog versions and removes what none of them needs.
 * <ul>
 * <li>older versions and their entries;</li>
 * <li>staged rows of imports that can no longer be restarted (completed, abandoned, or gone from the history);</li>
 * <li>stored revisions, with their texts and FAQ, that no kept version publishes and no restartable import has
 * staged;</li>
 * <li>from Spring Batch's history, the runs that are over and ended before the import of the oldest kept version
 * began, with the rejected rows of imports no longer in it (a run that can be restarted, and the child jobs of one,
 * stay);</li>
 * <li>records of brochures and booklets of profiles and guides no kept version has.</li>
 * </ul>
 * Everything goes in one transaction; a dry run does the same and rolls it back, so that what it reports is exactly
 * what the purge would remove. Portable SQL (H2 and PostgreSQL); the job repository's tables are Batch's default
 * {@code BATCH_} ones. Run it under the run lock: an import publishing meanwhile could lose what it staged.
 */
public class CatalogPurge {

    private static final Logger log = LoggerFactory.getLogger(CatalogPurge.class);
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final FicheRevisionStore revisions;
    private final TransactionTemplate transaction;

    public CatalogPurge(JdbcTemplate jdbc, FicheRevisionStore revisions,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.revisions = revisions;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Removes what the {@code keepVersions} most recent versions do not need, or with {@code dryRun} says what it
     * would remove and removes nothing.
     *
     * @throws IllegalArgumentException when {@code keepVersions} is below 1 (the published catalog always stays)
     */
    public PurgeResult purge(int keepVersions, boolean dryRun) {
        if (keepVersions < 1) {
            throw new IllegalArgumentException("keepVersions must be at least 1, not " + keepVersions);
        }
        PurgeResult result = transaction.execute(status -> {
            PurgeResult removed = removeAllBut(keepVersions, dryRun);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return removed;
        });
        log.info("event=catalog.purge dryRun={} keep={} oldestKept={} versions={} revisions={} faqEntries={}"
                + " stagedRows={} rejects={} runs={} renderedDocuments={}", dryRun, keepVersions,
                result.oldestKeptVersion(), result.versions().size(), result.revisions(), result.faqEntries(),
                result.stagedRows(), result.rejects(), result.jobInstances(), result.renderedDocuments());
        return result;
    }

    private PurgeResult removeAllBut(int keepVersions, boolean dryRun) {
        List<Long> versions = jdbc.queryForList("SELECT version_id FROM catalog_version ORDER BY version_id DESC",
                Long.class);
        Long oldestKept = versions.isEmpty() ? null : versions.get(Math.min(keepVersions, versions.size()) - 1);
        List<Long> removedVersions = new ArrayList<>(versions.subList(Math.min(keepVersions, versions.size()),
                versions.size()));
        Collections.reverse(removedVersions);
        RunHistory history = new RunHistory(jdbc);

        // Staging first: what it still holds then protects the revisions it names.
        List<Long> live = new ArrayList<>(history.live());
        live.add(-1L); // never an empty list: IN () is not SQL
        MapSqlParameterSource liveRuns = new MapSqlParameterSource("live", live);
        int staged = named.update("DELETE FROM staged_fiche WHERE job_instance_id NOT IN (:live)", liveRuns)
                + named.update("DELETE FROM staged_faq WHERE job_instance_id NOT IN (:live)", liveRuns);

        int entries = 0;
        if (!removedVersions.isEmpty()) {
            entries = jdbc.update("DELETE FROM catalog_entry WHERE version_id < ?", oldestKept);
            jdbc.update("DELETE FROM catalog_version WHERE version_id < ?", oldestKept);
        }
        FicheRevisionStore.Removed removed = revisions.removeUnused(null);
        int documents = removeUnreferencedDocuments();

        RunHistory.Removed runs = new RunHistory.Removed(0, 0, 0);
        LocalDateTime cutoff = oldestKept == null ? null : oldestKeptBegan(oldestKept, history);
        if (cutoff != null) {
            Set<Long> old = history.purgeable(cutoff);
            runs = history.remove(old);
        }
        // Rejects are kept with their run's history: those whose run is gone (just now, or long ago) go too.
        int rejects = jdbc.update("DELETE FROM import_reject WHERE NOT EXISTS (SELECT 1 FROM BATCH_JOB_INSTANCE i"
                + " WHERE i.JOB_INSTANCE_ID = import_reject.job_instance_id)");
        return new PurgeResult(dryRun, oldestKept, removedVersions, entries, removed.revisions(), removed.texts(),
                removed.faqEntries(), staged, rejects, runs.instances(), runs.executions(), runs.steps(), documents);
    }

    /** When the import that published the oldest kept version began (its publication time if it is gone). */
    private LocalDateTime oldestKeptBegan(long version, RunHistory history) {
        return jdbc.queryForObject("SELECT published_at, job_execution_id FROM catalog_version WHERE version_id = ?",
                (rs, n) -> {
                    long execution = rs.getLong("job_execution_id");
                    LocalDateTime began = rs.wasNull() ? null : history.createdAt(execution);
                    return began != null ? began : rs.getTimestamp("published_at").toLocalDateTime();
                }, version);
    }

    /**
     * Records of documents made from what no kept version has (a retired profile's brochure, a guide no longer
     * published): they would never be read again. A document the brochures step writes again is recorded again.
     */
    private int removeUnreferencedDocuments() {
        return jdbc.update("DELETE FROM rendered_document WHERE kind = 'brochure' AND NOT EXISTS (SELECT 1"
                + " FROM catalog_entry e WHERE e.fiche_id = rendered_document.subject)")
                + jdbc.update("DELETE FROM rendered_document WHERE kind = 'booklet' AND NOT EXISTS (SELECT 1"
                        + " FROM catalog_entry e JOIN fiche_revision r ON r.fiche_id = e.fiche_id"
                        + " AND r.content_hash = e.content_hash WHERE r.guide = rendered_document.subject)");
    }
}
