package fr.fichesmetiers.fiche;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Catalog publications one at a time, across processes and hosts: the single {@code catalog_lock} row, read
 * {@code FOR UPDATE} inside the publishing transaction. A second publisher waits there until the first commits
 * (or rolls back), and only then reads the highest version number, so it numbers after it instead of colliding
 * on the same one. Plain SQL, the same on H2 and PostgreSQL.
 */
public final class PublicationLock {

    private PublicationLock() {
    }

    /** Holds the publication lock until the current transaction ends; call it before reading the last version. */
    public static void hold(JdbcTemplate jdbc) {
        jdbc.queryForObject("SELECT publications FROM catalog_lock WHERE lock_id = 1 FOR UPDATE", Long.class);
        jdbc.update("UPDATE catalog_lock SET publications = publications + 1 WHERE lock_id = 1");
    }
}
