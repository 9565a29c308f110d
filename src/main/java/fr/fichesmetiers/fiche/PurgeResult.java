package fr.fichesmetiers.fiche;

import java.util.List;

/**
 * What {@link CatalogPurge} removed, or for a dry run would remove.
 *
 * @param oldestKeptVersion the oldest version kept, {@code null} when nothing was ever published
 * @param versions the catalog versions removed, oldest first
 * @param catalogEntries their entries (which revision of each profile they published)
 * @param revisions stored revisions no kept version publishes and no restartable import has staged
 * @param texts their long texts (one row per revision)
 * @param faqEntries their FAQ entries
 * @param stagedRows staged profiles and FAQ rows of imports that cannot be restarted
 * @param rejects rejected rows of the runs removed from the history
 * @param jobInstances runs removed from Spring Batch's history (a run and its restarts are one instance)
 * @param jobExecutions their executions
 * @param stepExecutions their step executions
 * @param renderedDocuments records of brochures and booklets of profiles and guides no kept version has
 */
public record PurgeResult(boolean dryRun, Long oldestKeptVersion, List<Long> versions, int catalogEntries,
        int revisions, int texts, int faqEntries, int stagedRows, int rejects, int jobInstances, int jobExecutions,
        int stepExecutions, int renderedDocuments) {

    public PurgeResult {
        versions = List.copyOf(versions);
    }

    /** Whether there was nothing to remove. */
    public boolean nothing() {
        return versions.isEmpty() && catalogEntries + revisions + texts + faqEntries + stagedRows + rejects
                + jobInstances + jobExecutions + stepExecutions + renderedDocuments == 0;
    }
}
