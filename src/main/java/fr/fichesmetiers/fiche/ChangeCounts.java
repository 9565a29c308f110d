package fr.fichesmetiers.fiche;

/**
 * What an import did to the catalog, profile by profile.
 *
 * @param added new profiles
 * @param changed profiles whose content differs from the previous version
 * @param unchanged profiles republished as they were
 * @param kept profiles whose new row was rejected: their previous version stays published
 * @param retired profiles absent from the new file: no longer published, kept in history
 */
public record ChangeCounts(int added, int changed, int unchanged, int kept, int retired) {

    /** Profiles the version publishes. */
    public int published() {
        return added + changed + unchanged + kept;
    }
}
