package fr.fichesmetiers.site;

/**
 * What a site run did.
 *
 * @param files the site's files (pages, search data, style)
 * @param written those written because their content changed
 * @param removed files of profiles or guides no longer published
 * @param bytes the site's size
 */
public record SiteResult(boolean completed, boolean noCatalog, int files, int written, int unchanged, int removed,
        long bytes, String folder, long millis, String failureMessage) {

    public int exitCode() {
        return completed ? 0 : 1;
    }
}
