package fr.fichesmetiers.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import fr.fichesmetiers.fiche.FicheRevision;

/**
 * The FAQ rows of an import, staged by job instance until the profiles they belong to are known, then copied into
 * the catalog with the revisions that need them. A row whose question and answer the catalog already holds for
 * that profile is staged with its hash only: a nightly import of an unchanged FAQ then writes hashes, not texts.
 */
class FaqStaging {

    private static final int ASKED_AT_ONCE = 100;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    FaqStaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void stage(long instance, List<FaqRow> rows) {
        Set<String> known = known(rows.stream().map(FaqRow::ficheId).toList());
        jdbc.batchUpdate("INSERT INTO staged_faq (job_instance_id, line_number, fiche_id, question, answer, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
                    boolean stored = known.contains(row.ficheId() + "/" + row.hash());
                    ps.setLong(1, instance);
                    ps.setInt(2, row.line());
                    ps.setString(3, row.ficheId());
                    ps.setString(4, stored ? null : row.question());
                    ps.setString(5, stored ? null : row.answer());
                    ps.setString(6, row.hash());
                });
    }

    /**
     * The entries ({@code id/hash}) the catalog already holds for these profiles, whatever their revision: read
     * from the index {@code faq_entry_hashes} alone, never from the entries with their long answers. Asked a
     * hundred profiles at a time: H2 checks each row it finds against the whole list of parameters.
     */
    private Set<String> known(List<String> ficheIds) {
        Set<String> known = new HashSet<>();
        List<String> distinct = List.copyOf(new HashSet<>(ficheIds));
        for (int from = 0; from < distinct.size(); from += ASKED_AT_ONCE) {
            List<String> asked = distinct.subList(from, Math.min(distinct.size(), from + ASKED_AT_ONCE));
            named.query("SELECT fiche_id, entry_hash FROM faq_entry WHERE fiche_id IN (:ids)",
                    new MapSqlParameterSource("ids", asked), rs -> {
                        known.add(rs.getString(1) + "/" + rs.getString(2));
                    });
        }
        return known;
    }

    /** The hashes of the FAQ entries staged for some profiles, in file order: what their content hash needs. */
    Map<String, List<String>> hashes(long instance, Collection<String> ficheIds) {
        Map<String, List<String>> hashes = new HashMap<>();
        if (ficheIds.isEmpty()) {
            return hashes;
        }
        named.query("SELECT fiche_id, entry_hash FROM staged_faq WHERE job_instance_id = :instance"
                + " AND fiche_id IN (:ids) ORDER BY line_number",
                new MapSqlParameterSource("instance", instance).addValue("ids", ficheIds), rs -> {
                    hashes.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return hashes;
    }

    /**
     * Copies the staged FAQ of newly stored revisions into the catalog, numbered in file order. The texts go from
     * table to table inside the database, from the staging area or, for an entry staged by its hash only, from the
     * catalog's own copy: they never travel back through the import.
     */
    void copy(long instance, List<FicheRevision> revisions) {
        jdbc.batchUpdate("INSERT INTO faq_entry (fiche_id, content_hash, position, question, answer, entry_hash)"
                + " SELECT s.fiche_id, ?, ROW_NUMBER() OVER (ORDER BY s.line_number) - 1,"
                + " COALESCE(s.question, (SELECT MIN(f.question) FROM faq_entry f WHERE f.fiche_id = s.fiche_id"
                + " AND f.entry_hash = s.entry_hash)),"
                + " COALESCE(s.answer, (SELECT MIN(f.answer) FROM faq_entry f WHERE f.fiche_id = s.fiche_id"
                + " AND f.entry_hash = s.entry_hash)),"
                + " s.entry_hash FROM staged_faq s WHERE s.job_instance_id = ? AND s.fiche_id = ?", revisions,
                revisions.size(), (ps, revision) -> {
                    ps.setString(1, revision.contentHash());
                    ps.setLong(2, instance);
                    ps.setString(3, revision.id());
                });
    }

    /**
     * Stages the published FAQ of profiles an update changes, by hash only, as if their file had them again: an
     * update has no FAQ file, and the new revision of a profile keeps its questions. Numbered below zero, after
     * the line of the update's row (at most 1 000 entries a profile), so that they keep their order.
     */
    void stagePublished(long instance, long version, Map<String, Integer> lineByFiche) {
        for (Map.Entry<String, Integer> fiche : lineByFiche.entrySet()) {
            jdbc.update("INSERT INTO staged_faq (job_instance_id, line_number, fiche_id, question, answer, entry_hash)"
                    + " SELECT ?, f.position - (? + 1) * 1000, f.fiche_id, NULL, NULL, f.entry_hash FROM faq_entry f"
                    + " JOIN catalog_entry e ON e.fiche_id = f.fiche_id AND e.content_hash = f.content_hash"
                    + " WHERE e.version_id = ? AND f.fiche_id = ? AND f.entry_hash IS NOT NULL", instance,
                    fiche.getValue(), version, fiche.getKey());
        }
    }

    /** Staged FAQ rows whose id names no row of the profiles file. */
    List<FaqRow> orphans(long instance, String ficheFile) {
        return jdbc.query("SELECT q.line_number, q.fiche_id FROM staged_faq q WHERE q.job_instance_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM staged_fiche s WHERE s.job_instance_id = q.job_instance_id"
                + " AND s.fiche_id = q.fiche_id) AND NOT EXISTS (SELECT 1 FROM import_reject r"
                + " WHERE r.job_instance_id = q.job_instance_id AND r.file_name = ? AND r.fiche_id = q.fiche_id"
                + " AND r." + ImportStaging.REJECTING + ")"
                + " ORDER BY q.line_number",
                (rs, n) -> new FaqRow(rs.getInt(1), rs.getString(2), null, null, null, List.of()), instance, ficheFile);
    }

    void drop(long instance, Collection<Integer> lines) {
        if (!lines.isEmpty()) {
            named.update("DELETE FROM staged_faq WHERE job_instance_id = :instance AND line_number IN (:lines)",
                    new MapSqlParameterSource("instance", instance).addValue("lines", lines));
        }
    }
}
