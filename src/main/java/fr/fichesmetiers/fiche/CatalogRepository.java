package fr.fichesmetiers.fiche;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads the published catalog and its earlier versions; renderers and the command line go through it. */
public class CatalogRepository {

    /** French order for titles and guides: accents sort with their letter, case is secondary. */
    public static final Comparator<String> FRENCH_ORDER = frenchOrder();

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public CatalogRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public Optional<CatalogVersion> currentVersion() {
        return jdbc.query("SELECT * FROM catalog_version ORDER BY version_id DESC FETCH FIRST 1 ROWS ONLY",
                (rs, n) -> version(rs)).stream().findFirst();
    }

    public Optional<CatalogVersion> version(long id) {
        return jdbc.query("SELECT * FROM catalog_version WHERE version_id = ?", (rs, n) -> version(rs), id)
                .stream().findFirst();
    }

    /**
     * The version one of these job executions published (the last, if several did), read from the row the
     * publication committed: an import's outcome, saved in the same transaction as the catalog it describes.
     */
    public Optional<CatalogVersion> versionPublishedBy(Collection<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return Optional.empty();
        }
        return named.query("SELECT * FROM catalog_version WHERE job_execution_id IN (:executions)"
                + " ORDER BY version_id DESC FETCH FIRST 1 ROWS ONLY",
                new MapSqlParameterSource("executions", jobExecutionIds), (rs, n) -> version(rs)).stream().findFirst();
    }

    /** Key facts of the profiles a version publishes, by guide then title; {@code guide} null means all. */
    public List<FicheSummary> summaries(long version, String guide) {
        // Sorted on collation keys, each computed once: comparing strings with a collator redoes that work at
        // every comparison (and a shared collator serialises threads).
        Collator collator = frenchCollator();
        Map<String, CollationKey> guideKeys = new java.util.HashMap<>();
        List<SortableSummary> rows = new ArrayList<>();
        forEachSummary(version, guide, summary -> rows.add(new SortableSummary(summary,
                guideKeys.computeIfAbsent(summary.guide(), collator::getCollationKey),
                collator.getCollationKey(summary.title()))));
        rows.sort(Comparator.comparing(SortableSummary::guide).thenComparing(SortableSummary::title)
                .thenComparing(row -> row.summary().id()));
        return rows.stream().map(SortableSummary::summary).toList();
    }

    private record SortableSummary(FicheSummary summary, CollationKey guide, CollationKey title) {
    }

    /** Streams the key facts of a version's profiles in no particular order, without holding them all. */
    public void forEachSummary(long version, String guide, Consumer<FicheSummary> consumer) {
        MapSqlParameterSource params = new MapSqlParameterSource("version", version).addValue("guide", guide);
        named.query("SELECT " + FicheRowMapper.SUMMARY_COLUMNS + " FROM catalog_entry e JOIN fiche_revision r"
                + " ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash WHERE e.version_id = :version"
                + (guide == null ? "" : " AND LOWER(r.guide) = LOWER(:guide)"),
                params, rs -> {
                    consumer.accept(FicheRowMapper.summary(rs));
                });
    }

    /** The guides of a version, in French order. */
    public List<String> guides(long version) {
        List<String> guides = jdbc.queryForList("SELECT DISTINCT r.guide FROM catalog_entry e JOIN fiche_revision r"
                + " ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash WHERE e.version_id = ?",
                String.class, version);
        return guides.stream().sorted(FRENCH_ORDER).toList();
    }

    public Optional<Fiche> fiche(long version, String id) {
        return fiches(version, List.of(id)).stream().findFirst();
    }

    /**
     * Complete profiles with their FAQ, in the order of {@code ids}; unknown ids are left out. The ids are matched
     * on the revisions' and the FAQ's own keys: matched on the version's entries, H2 scanned every entry of the
     * version for each call, so that a brochure run grew with the square of the catalog.
     */
    public List<Fiche> fiches(long version, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("version", version).addValue("ids", ids);
        Map<String, Fiche> byId = new LinkedHashMap<>();
        named.query("SELECT " + FicheRowMapper.ALL_COLUMNS + " FROM catalog_entry e JOIN fiche_revision r"
                + " ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash" + FicheRowMapper.TEXT_JOIN
                + " WHERE e.version_id = :version AND r.fiche_id IN (:ids)", params, rs -> {
                    Fiche fiche = FicheRowMapper.fiche(rs);
                    byId.put(fiche.id(), fiche);
                });
        Map<String, List<FaqEntry>> faqs = new LinkedHashMap<>();
        named.query("SELECT q.fiche_id, q.question, q.answer FROM catalog_entry e JOIN faq_entry q"
                + " ON q.fiche_id = e.fiche_id AND q.content_hash = e.content_hash"
                + " WHERE e.version_id = :version AND q.fiche_id IN (:ids) ORDER BY q.fiche_id, q.position", params,
                rs -> {
                    faqs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new FaqEntry(rs.getString(2), rs.getString(3)));
                });
        List<Fiche> result = new ArrayList<>(byId.size());
        for (String id : ids) {
            Fiche fiche = byId.get(id);
            if (fiche != null) {
                result.add(fiche.withFaq(faqs.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    /** The highest salary of a version (experienced, else starting), for the salary scale brochures share. */
    public java.math.BigDecimal highestSalary(long version) {
        java.math.BigDecimal max = jdbc.queryForObject("SELECT MAX(COALESCE(r.experienced_salary, r.starting_salary))"
                + " FROM catalog_entry e"
                + " JOIN fiche_revision r ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash"
                + " WHERE e.version_id = ?", java.math.BigDecimal.class, version);
        return max == null ? java.math.BigDecimal.ZERO : max;
    }

    /**
     * When the content a version publishes for each profile was first published (stable across imports), for all
     * its profiles at once: one query over this version's entries, however long the catalog's history.
     */
    public Map<String, java.time.LocalDate> firstPublished(long version) {
        Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
        jdbc.query("SELECT e.fiche_id, r.first_published_at FROM catalog_entry e JOIN fiche_revision r"
                + " ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash"
                + " WHERE e.version_id = ? AND r.first_published_at IS NOT NULL",
                rs -> {
                    dates.put(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate());
                }, version);
        return dates;
    }

    /** Where a profile's figures come from and the day they were last checked, each when the profile says. */
    public record Provenance(Optional<String> source, Optional<java.time.LocalDate> factsDate) {
    }

    /**
     * The provenance of the profiles of a version that give one, by id ({@code guide} null means all), for the
     * comparison workbook. A source shared by many profiles is held once.
     */
    public Map<String, Provenance> provenance(long version, String guide) {
        Map<String, Provenance> result = new java.util.HashMap<>();
        Map<String, String> shared = new java.util.HashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("version", version).addValue("guide", guide);
        named.query("SELECT r.fiche_id, r.facts_date, r.source_text FROM catalog_entry e JOIN fiche_revision r"
                + " ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash"
                + " WHERE e.version_id = :version AND (r.source_text IS NOT NULL OR r.facts_date IS NOT NULL)"
                + (guide == null ? "" : " AND LOWER(r.guide) = LOWER(:guide)"), params, rs -> {
                    String source = rs.getString("source_text");
                    result.put(rs.getString("fiche_id"), new Provenance(
                            Optional.ofNullable(source).map(s -> shared.computeIfAbsent(s, k -> k)),
                            Optional.ofNullable(rs.getObject("facts_date", java.time.LocalDate.class))));
                });
        return result;
    }

    /**
     * For each profile a version publishes, the version that first published its content (the one whose publication
     * time its revision carries): the site prints it on the profile's page, which then changes only with the profile.
     */
    public Map<String, CatalogVersion> firstVersions(long version) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("SELECT e.fiche_id, MIN(v.version_id) FROM catalog_entry e JOIN fiche_revision r"
                + " ON r.fiche_id = e.fiche_id AND r.content_hash = e.content_hash"
                + " JOIN catalog_version v ON v.published_at = r.first_published_at WHERE e.version_id = ?"
                + " GROUP BY e.fiche_id", rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, version);
        Map<Long, Optional<CatalogVersion>> versions = new java.util.HashMap<>();
        Map<String, CatalogVersion> first = new java.util.HashMap<>();
        ids.forEach((fiche, id) -> versions.computeIfAbsent(id, this::version).ifPresent(v -> first.put(fiche, v)));
        return first;
    }

    private static CatalogVersion version(ResultSet rs) throws SQLException {
        // wasNull() answers for the column read last: read the nullable one on its own.
        long execution = rs.getLong("job_execution_id");
        Long jobExecutionId = rs.wasNull() ? null : execution;
        return new CatalogVersion(rs.getLong("version_id"), rs.getTimestamp("published_at").toLocalDateTime(),
                jobExecutionId, rs.getString("source_file"), rs.getString("source_checksum"),
                rs.getString("source_encoding"), rs.getString("source_delimiter"), rs.getString("faq_file"),
                rs.getInt("rows_read"), rs.getInt("rows_rejected"),
                new ChangeCounts(rs.getInt("added"), rs.getInt("changed"), rs.getInt("unchanged"), rs.getInt("kept"),
                        rs.getInt("retired")));
    }

    private static Comparator<String> frenchOrder() {
        Collator collator = frenchCollator();
        return (a, b) -> collator.compare(a, b);
    }

    /** French order, accents second to letters, case ignored. */
    private static Collator frenchCollator() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
