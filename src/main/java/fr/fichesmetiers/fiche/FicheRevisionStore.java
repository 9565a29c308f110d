package fr.fichesmetiers.fiche;

import java.sql.Timestamp;
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
 * Writes profile revisions. Content is addressed by its hash, so storing a revision twice is a no-op and an
 * unpublished revision (from an import that was refused) harms nothing: only catalog versions publish. A
 * revision's FAQ entries ({@code faq_entry}) are written by the import, straight from its staging area.
 */
public class FicheRevisionStore {

    private static final String INSERT_REVISION = "INSERT INTO fiche_revision (fiche_id, content_hash, title, guide,"
            + " rome_code, fap_code, education_level, recommended_bac, employability, mobility, starting_salary,"
            + " experienced_salary, created_at) VALUES (" + "?, ".repeat(12) + "?)";

    private static final String INSERT_TEXT = "INSERT INTO fiche_text (fiche_id, content_hash, "
            + Arrays.stream(Section.values()).map(Section::column).collect(Collectors.joining(", "))
            + ", quality_list) VALUES (" + "?, ".repeat(2 + Section.values().length) + "?)";

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
            ps.setString(i++, f.fap().code());
            ps.setString(i++, f.educationLevel().name());
            ps.setString(i++, f.recommendedBac());
            ps.setString(i++, f.employability().name());
            ps.setString(i++, f.mobility().name());
            ps.setBigDecimal(i++, f.salary().starting());
            ps.setBigDecimal(i++, f.salary().experienced());
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
            ps.setString(i, f.qualities().isEmpty() ? null : String.join("|", f.qualities()));
        });
        return missing;
    }
}
