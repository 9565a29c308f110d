package fr.fichesmetiers.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.fichesmetiers.fiche.FicheRevision;
import fr.fichesmetiers.fiche.FicheRevisionStore;
import fr.fichesmetiers.support.FormulaSafe;

/**
 * The staging area of one import, keyed by job instance so that a restarted execution finds what the
 * failed one committed: staged profiles and rejected rows (the FAQ: {@link FaqStaging}). It is emptied once the
 * import publishes or validates, and given up with {@link #discard} when the import is refused or abandoned.
 */
public class ImportStaging {

    private static final Logger log = LoggerFactory.getLogger(ImportStaging.class);
    private final JdbcTemplate jdbc;
    private final FicheRevisionStore revisions;
    private final TransactionTemplate transaction;

    ImportStaging(JdbcTemplate jdbc, FicheRevisionStore revisions, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    void stageFiches(long instance, List<FicheRevision> revisions, Map<String, Integer> lines) {
        jdbc.batchUpdate("INSERT INTO staged_fiche (job_instance_id, fiche_id, content_hash, line_number)"
                + " VALUES (?, ?, ?, ?)", revisions, revisions.size(), (ps, revision) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, revision.id());
                    ps.setString(3, revision.contentHash());
                    ps.setInt(4, lines.get(revision.id()));
                });
    }

    /** Records rejected rows; {@code ficheId} is the row's well-formed id, if any. */
    void reject(long instance, List<Violation> violations, Map<Integer, String> ficheIdByLine) {
        jdbc.batchUpdate("INSERT INTO import_reject (job_instance_id, file_name, line_number, column_name, raw_value,"
                + " rule_code, message, fiche_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", violations, violations.size(),
                (ps, v) -> {
                    ps.setLong(1, instance);
                    ps.setString(2, v.file());
                    ps.setInt(3, v.line());
                    ps.setString(4, FormulaSafe.truncate(FormulaSafe.printable(v.column()), 255));
                    ps.setString(5, FormulaSafe.truncate(FormulaSafe.printable(v.value()), 200));
                    ps.setString(6, v.rule().name());
                    ps.setString(7, FormulaSafe.truncate(v.message(), 2000));
                    ps.setString(8, ficheIdByLine.get(v.line()));
                });
    }

    /**
     * The SQL condition that keeps the rows of {@code import_reject} that reject their row (the table also holds the
     * warnings and informations of published rows: their level is that of their rule code, so no column says it).
     */
    static final String REJECTING = "rule_code IN (" + java.util.Arrays.stream(RuleCode.values())
            .filter(RuleCode::rejects).map(rule -> "'" + rule.name() + "'")
            .collect(java.util.stream.Collectors.joining(", ")) + ")";

    /** Ids of the profiles file already seen by this import (staged or rejected), for duplicate detection. */
    Set<String> seenFicheIds(long instance, String ficheFile) {
        Set<String> ids = new HashSet<>(jdbc.queryForList(
                "SELECT fiche_id FROM staged_fiche WHERE job_instance_id = ?", String.class, instance));
        ids.addAll(jdbc.queryForList("SELECT DISTINCT fiche_id FROM import_reject WHERE job_instance_id = ?"
                + " AND file_name = ? AND fiche_id IS NOT NULL AND " + REJECTING, String.class, instance, ficheFile));
        return ids;
    }

    /** Every reject, warning and information of an import, by file and line. */
    List<Violation> rejects(long instance) {
        return jdbc.query("SELECT file_name, line_number, column_name, raw_value, rule_code, message"
                + " FROM import_reject WHERE job_instance_id = ? ORDER BY file_name DESC, line_number, rule_code",
                (rs, n) -> new Violation(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        RuleCode.valueOf(rs.getString(5)), rs.getString(6)), instance);
    }

    /** How many rows of each file were rejected (a row breaking three rules counts once). */
    Map<String, Integer> rejectedRowsByFile(long instance) {
        Map<String, Integer> rows = new HashMap<>();
        jdbc.query("SELECT file_name, COUNT(*) FROM (SELECT DISTINCT file_name, line_number FROM import_reject"
                + " WHERE job_instance_id = ? AND " + REJECTING + ") r GROUP BY file_name",
                rs -> {
                    rows.put(rs.getString(1), rs.getInt(2));
                }, instance);
        return rows;
    }

    /**
     * How many staged profiles were read in each ROME version, noted as {@code v3=17;4.0=1} (v3 first): what the
     * summary says about the versions.
     */
    String romeVersions(long instance) {
        Map<String, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        jdbc.query("SELECT r.rome_version, COUNT(*) FROM staged_fiche s JOIN fiche_revision r"
                + " ON r.fiche_id = s.fiche_id AND r.content_hash = s.content_hash WHERE s.job_instance_id = ?"
                + " GROUP BY r.rome_version", rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, instance);
        return String.join(";", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** How many rows were rejected (a row breaking three rules counts once). */
    int rejectedRows(long instance) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT DISTINCT file_name, line_number"
                + " FROM import_reject WHERE job_instance_id = ? AND " + REJECTING + ") r", Integer.class, instance);
        return rows == null ? 0 : rows;
    }

    /**
     * Removes the staged rows of an import once published (or validated); rejects stay for the run's history.
     * When no other import has rows staged (one refused, waiting for a restart), the tables are truncated:
     * deleting tens of thousands of FAQ texts row by row took a second on a large catalog. TRUNCATE commits in
     * H2, so this runs in a step of its own, after the publication committed.
     */
    void clear(long instance) {
        if (onlyStaged("staged_fiche", instance) && onlyStaged("staged_faq", instance)) {
            jdbc.execute("TRUNCATE TABLE staged_fiche");
            jdbc.execute("TRUNCATE TABLE staged_faq");
            return;
        }
        jdbc.update("DELETE FROM staged_fiche WHERE job_instance_id = ?", instance);
        jdbc.update("DELETE FROM staged_faq WHERE job_instance_id = ?", instance);
    }

    /**
     * Gives up an import that will never publish (refused, or abandoned): removes its staged profiles and FAQ
     * (texts included) and the revisions it stored that nothing else needs, in one transaction. Its rejects stay
     * for the run's history and report (purge removes them with the run). Returns how many staged rows went.
     */
    public int discard(long jobInstanceId) {
        return transaction.execute(status -> {
            FicheRevisionStore.Removed removed = revisions.removeUnused(jobInstanceId);
            int staged = jdbc.update("DELETE FROM staged_fiche WHERE job_instance_id = ?", jobInstanceId)
                    + jdbc.update("DELETE FROM staged_faq WHERE job_instance_id = ?", jobInstanceId);
            log.info("event=import.staging.discarded instance={} stagedRows={} revisions={} faqEntries={}",
                    jobInstanceId, staged, removed.revisions(), removed.faqEntries());
            return staged;
        });
    }

    /** Whether a staging table holds rows of this import only (or none); answered from the key's ends. */
    private boolean onlyStaged(String table, long instance) {
        Map<String, Object> range = jdbc.queryForMap(
                "SELECT MIN(job_instance_id) AS lowest, MAX(job_instance_id) AS highest FROM " + table);
        Object lowest = range.get("lowest");
        Object highest = range.get("highest");
        return lowest == null
                || ((Number) lowest).longValue() == instance && ((Number) highest).longValue() == instance;
    }
}
