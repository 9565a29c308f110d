package fr.fichesmetiers.fiche;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes and removes profile revisions. Content is addressed by its hash, so storing a revision twice is a no-op;
 * an import stores the revisions it stages before any version publishes them, and those of an import given up
 * (refused, abandoned) are removed with its staging. A revision's FAQ entries ({@code faq_entry}) are written by
 * the import, straight from its staging area.
 */
public class FicheRevisionStore {

    private static final String INSERT_REVISION = "INSERT INTO fiche_revision (fiche_id, content_hash, title, guide,"
            + " rome_code, rome_version, fap_code, education_level, recommended_bac, employability, mobility,"
            + " starting_salary, experienced_salary, feminine_title, facts_date, source_text, created_at) VALUES ("
            + "?, ".repeat(16) + "?)";

    private static final String INSERT_TEXT = "INSERT INTO fiche_text (fiche_id, content_hash, "
            + Arrays.stream(Section.values()).map(Section::column).collect(Collectors.joining(", "))
            + ", quality_list, formations, related_professions, links) VALUES ("
            + "?, ".repeat(5 + Section.values().length) + "?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public FicheRevisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Stores the revisions not stored yet (their facts and texts); returns those that were new. */
    public List<FicheRevision> storeMissing(List<FicheRevision> revisions) {
        if (revisions.isEmpty()) {
            return List.of();
        }
        // Found on the revisions' own key (the profile id first): no index on the hash to keep up at every commit.
        Set<String> ids = revisions.stream().map(FicheRevision::id).collect(Collectors.toSet());
        Set<String> stored = new HashSet<>(named.queryForList(
                "SELECT content_hash FROM fiche_revision WHERE fiche_id IN (:ids)",
                new MapSqlParameterSource("ids", ids), String.class));
        List<FicheRevision> missing = new ArrayList<>();
        for (FicheRevision revision : revisions) {
            if (stored.add(revision.contentHash())) {
                missing.add(revision);
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.batchUpdate(INSERT_REVISION, missing, missing.size(), (ps, revision) -> {
            Fiche f = revision.fiche();
            int i = 1;
            ps.setString(i++, f.id());
            ps.setString(i++, revision.contentHash());
            ps.setString(i++, f.title());
            ps.setString(i++, f.guide());
            ps.setString(i++, f.rome().code());
            ps.setString(i++, f.romeVersion().label());
            ps.setString(i++, f.fap().map(FapCode::code).orElse(null));
            ps.setString(i++, f.educationLevel().map(Enum::name).orElse(null));
            ps.setString(i++, f.recommendedBac().orElse(null));
            ps.setString(i++, f.employability().map(Enum::name).orElse(null));
            ps.setString(i++, f.mobility().map(Enum::name).orElse(null));
            ps.setBigDecimal(i++, f.salary().starting().orElse(null));
            ps.setBigDecimal(i++, f.salary().experienced().orElse(null));
            ps.setString(i++, f.details().feminineTitle().orElse(null));
            ps.setObject(i++, f.details().factsDate().orElse(null), Types.DATE);
            ps.setString(i++, f.details().source().orElse(null));
            ps.setTimestamp(i, now);
        });
        jdbc.batchUpdate(INSERT_TEXT, missing, missing.size(), (ps, revision) -> {
            Fiche f = revision.fiche();
            int i = 1;
            ps.setString(i++, f.id());
            ps.setString(i++, revision.contentHash());
            for (Section section : Section.values()) {
                String text = f.sections().get(section);
                ps.setString(i++, section == Section.SUMMARY ? f.section(section) : text);
            }
            ps.setString(i++, f.qualities().isEmpty() ? null : String.join("|", f.qualities()));
            FicheDetails details = f.details();
            ps.setString(i++, ListColumns.lines(details.formations()));
            ps.setString(i++, ListColumns.lines(details.relatedProfessions()));
            ps.setString(i, ListColumns.links(details.links()));
        });
        return missing;
    }

    /** What a removal took away: revisions with their texts and FAQ entries. */
    public record Removed(int revisions, int texts, int faqEntries) {

        public static final Removed NONE = new Removed(0, 0, 0);
    }

    /**
     * A revision nothing needs: no version publishes it, the imports whose staging counts have not staged it, and
     * none of them staged a FAQ row by its hash alone that is to be copied from one of its entries.
     */
    private static final String UNUSED = "NOT EXISTS (SELECT 1 FROM catalog_entry e WHERE e.fiche_id = r.fiche_id"
            + " AND e.content_hash = r.content_hash)"
            + " AND NOT EXISTS (SELECT 1 FROM staged_fiche s WHERE s.job_instance_id IN (:stagers)"
            + " AND s.fiche_id = r.fiche_id AND s.content_hash = r.content_hash)"
            + " AND NOT EXISTS (SELECT 1 FROM staged_faq q WHERE q.fiche_id = r.fiche_id"
            + " AND q.job_instance_id IN (:stagers) AND q.question IS NULL AND q.entry_hash IN"
            + " (SELECT f.entry_hash FROM faq_entry f WHERE f.fiche_id = r.fiche_id"
            + " AND f.content_hash = r.content_hash))";

    /**
     * Removes the revisions nothing needs, with their texts and FAQ entries: every such revision, or with
     * {@code stagedBy} only those that import staged (its own staging then no longer counts: it is being given up).
     * Run it in a transaction: a revision goes with all its parts or not at all.
     */
    public Removed removeUnused(Long stagedBy) {
        long except = stagedBy == null ? -1 : stagedBy;
        List<Long> stagers = new ArrayList<>(jdbc.queryForList("SELECT job_instance_id FROM staged_fiche"
                + " WHERE job_instance_id <> ? UNION SELECT job_instance_id FROM staged_faq WHERE job_instance_id <> ?",
                Long.class, except, except));
        stagers.add(-1L); // never an empty list: IN () is not SQL
        MapSqlParameterSource params = new MapSqlParameterSource("stagers", stagers).addValue("instance", except);
        List<Object[]> unused = named.query(stagedBy == null
                ? "SELECT r.fiche_id, r.content_hash FROM fiche_revision r WHERE " + UNUSED
                : "SELECT r.fiche_id, r.content_hash FROM staged_fiche c JOIN fiche_revision r"
                        + " ON r.fiche_id = c.fiche_id AND r.content_hash = c.content_hash"
                        + " WHERE c.job_instance_id = :instance AND " + UNUSED,
                params, (rs, n) -> new Object[] {rs.getString(1), rs.getString(2)});
        if (unused.isEmpty()) {
            return Removed.NONE;
        }
        // Children first: their foreign keys name the revision.
        int faqEntries = deleted("DELETE FROM faq_entry WHERE fiche_id = ? AND content_hash = ?", unused);
        int texts = deleted("DELETE FROM fiche_text WHERE fiche_id = ? AND content_hash = ?", unused);
        int revisions = deleted("DELETE FROM fiche_revision WHERE fiche_id = ? AND content_hash = ?", unused);
        return new Removed(revisions, texts, faqEntries);
    }

    private int deleted(String sql, List<Object[]> keys) {
        int rows = 0;
        for (int count : jdbc.batchUpdate(sql, keys)) {
            rows += Math.max(0, count);
        }
        return rows;
    }
}
