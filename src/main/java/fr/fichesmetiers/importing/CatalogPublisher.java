package fr.fichesmetiers.importing;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.PublicationLock;
import fr.fichesmetiers.fiche.FicheOverlayStore;
import fr.fichesmetiers.support.Messages;

/**
 * Turns an import's staged rows into the next catalog version, or refuses. The caller runs it in one
 * transaction: the catalog changes completely or not at all.
 */
class CatalogPublisher {

    /** What the import is and what it may do. */
    record Request(long instance, String ficheFile, Map<String, Object> source, int ficheRows, int faqRows,
            RejectLimit rejectLimit, int maxRetiredPercent, boolean force, boolean dryRun, Long jobExecutionId,
            boolean update) {

        /** A full import: the profiles its file lacks are retired. */
        Request(long instance, String ficheFile, Map<String, Object> source, int ficheRows, int faqRows,
                RejectLimit rejectLimit, int maxRetiredPercent, boolean force, boolean dryRun, Long jobExecutionId) {
            this(instance, ficheFile, source, ficheRows, faqRows, rejectLimit, maxRetiredPercent, force, dryRun,
                    jobExecutionId, false);
        }

        int rowsRead() {
            return ficheRows + faqRows;
        }
    }

    /** What was (or, for a dry run, would be) published. */
    record Outcome(Long versionId, ChangeCounts changes, int rowsRead, int rowsRejected) {
    }

    /**
     * A count limits the rejected rows of both files together; a share is judged file by file, so that the many
     * short rows of faq.csv do not make a profiles file with half its rows broken look acceptable.
     */
    private static void guardRejects(Request request, Map<String, Integer> rejectedByFile, int rejected,
            Messages messages) {
        RejectLimit limit = request.rejectLimit();
        if (!limit.percent()) {
            if (limit.exceededBy(rejected, request.rowsRead())) {
                throw new ImportRefusedException(RuleCode.TOO_MANY_REJECTS, messages.get("guard.rejects",
                        String.valueOf(rejected), String.valueOf(request.rowsRead()), limit.toString()));
            }
            return;
        }
        Object faqPath = request.source().get(ImportKeys.FAQ_PATH);
        Map<String, Integer> readByFile = new LinkedHashMap<>();
        readByFile.put(request.ficheFile(), request.ficheRows());
        if (faqPath != null) {
            readByFile.put(Path.of(faqPath.toString()).getFileName().toString(), request.faqRows());
        }
        readByFile.forEach((file, read) -> {
            int rejectedHere = rejectedByFile.getOrDefault(file, 0);
            if (limit.exceededBy(rejectedHere, read)) {
                throw new ImportRefusedException(RuleCode.TOO_MANY_REJECTS, messages.get("guard.rejects.file",
                        String.valueOf(rejectedHere), String.valueOf(read), limit.toString(), file));
            }
        });
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ImportStaging staging;

    CatalogPublisher(JdbcTemplate jdbc, ImportStaging staging) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.staging = staging;
    }

    /** How many staged profiles each ROME version read ({@code v3=17;4.0=1}). */
    String romeVersions(long instance) {
        return staging.romeVersions(instance);
    }

    /** @throws ImportRefusedException when a guard refuses the import */
    Outcome publish(Request request, Messages messages) {
        if (!request.dryRun()) {
            // Another publisher (another host on a shared catalog) finishes first: the next number is then ours.
            PublicationLock.hold(jdbc);
        }
        Long previous = jdbc.queryForObject("SELECT MAX(version_id) FROM catalog_version", Long.class);
        MapSqlParameterSource params = new MapSqlParameterSource("instance", request.instance())
                .addValue("previous", previous == null ? -1L : previous).addValue("file", request.ficheFile());
        // An update changes the profiles it names and keeps every other: it retires none.
        String kept = request.update() ? KEPT_BY_UPDATE : KEPT;
        ChangeCounts changes = changes(params, kept);
        Map<String, Integer> rejectedByFile = staging.rejectedRowsByFile(request.instance());
        int rejected = rejectedByFile.values().stream().mapToInt(Integer::intValue).sum();
        if (request.ficheRows() == 0) {
            throw new ImportRefusedException(RuleCode.FILE_EMPTY, messages.get("file.noRows", request.ficheFile()));
        }
        guardRejects(request, rejectedByFile, rejected, messages);
        int publishedBefore = changes.changed() + changes.unchanged() + changes.kept() + changes.retired();
        if (!request.force() && publishedBefore > 0
                && changes.retired() * 100L > (long) request.maxRetiredPercent() * publishedBefore) {
            throw new ImportRefusedException(RuleCode.TOO_MANY_RETIREMENTS, messages.get("guard.retirements",
                    String.valueOf(changes.retired()), String.valueOf(publishedBefore),
                    String.valueOf(request.maxRetiredPercent())));
        }
        if (request.dryRun()) {
            return new Outcome(null, changes, request.rowsRead(), rejected);
        }
        long version = previous == null ? 1 : previous + 1;
        Timestamp publishedAt = Timestamp.valueOf(LocalDateTime.now());
        insertVersion(version, publishedAt, request, changes, rejected);
        markFirstPublication(publishedAt, params);
        named.update("INSERT INTO catalog_entry (version_id, fiche_id, content_hash) SELECT :version, fiche_id,"
                + " content_hash FROM staged_fiche WHERE job_instance_id = :instance",
                params.addValue("version", version));
        named.update("INSERT INTO catalog_entry (version_id, fiche_id, content_hash) SELECT :version, e.fiche_id,"
                + " e.content_hash FROM catalog_entry e WHERE e.version_id = :previous AND " + kept, params);
        if (request.update()) {
            new FicheOverlayStore(jdbc).keep(request.instance(), publishedAt.toLocalDateTime());
        }
        return new Outcome(version, changes, request.rowsRead(), rejected);
    }

    /** Previously published profiles whose new row was rejected (and no other row of theirs staged). */
    private static final String KEPT = "e.fiche_id IN (SELECT r.fiche_id FROM import_reject r"
            + " WHERE r.job_instance_id = :instance AND r.file_name = :file AND r.fiche_id IS NOT NULL AND r."
            + ImportStaging.REJECTING + ")"
            + " AND e.fiche_id NOT IN (SELECT s.fiche_id FROM staged_fiche s WHERE s.job_instance_id = :instance)";

    /** Previously published profiles an update leaves as they are: all it has not staged. */
    private static final String KEPT_BY_UPDATE = "e.fiche_id NOT IN (SELECT s.fiche_id FROM staged_fiche s"
            + " WHERE s.job_instance_id = :instance)";

    private ChangeCounts changes(MapSqlParameterSource params, String kept) {
        Map<String, Object> staged = named.queryForMap("SELECT"
                + " COALESCE(SUM(CASE WHEN e.fiche_id IS NULL THEN 1 ELSE 0 END), 0) AS added,"
                + " COALESCE(SUM(CASE WHEN e.content_hash <> s.content_hash THEN 1 ELSE 0 END), 0) AS changed,"
                + " COALESCE(SUM(CASE WHEN e.content_hash = s.content_hash THEN 1 ELSE 0 END), 0) AS unchanged"
                + " FROM staged_fiche s LEFT JOIN catalog_entry e ON e.version_id = :previous"
                + " AND e.fiche_id = s.fiche_id WHERE s.job_instance_id = :instance", params);
        int keptCount = count("SELECT COUNT(*) FROM catalog_entry e WHERE e.version_id = :previous AND " + kept,
                params);
        int publishedBefore = count("SELECT COUNT(*) FROM catalog_entry WHERE version_id = :previous", params);
        int changed = number(staged.get("changed"));
        int unchanged = number(staged.get("unchanged"));
        return new ChangeCounts(number(staged.get("added")), changed, unchanged, keptCount,
                publishedBefore - changed - unchanged - keptCount);
    }

    /** Dates the revisions this version publishes for the first time. */
    private void markFirstPublication(Timestamp publishedAt, MapSqlParameterSource params) {
        List<Object[]> fresh = named.query("SELECT s.fiche_id, s.content_hash FROM staged_fiche s JOIN fiche_revision r"
                + " ON r.fiche_id = s.fiche_id AND r.content_hash = s.content_hash"
                + " WHERE s.job_instance_id = :instance AND r.first_published_at IS NULL", params,
                (rs, n) -> new Object[] {publishedAt, rs.getString(1), rs.getString(2)});
        jdbc.batchUpdate("UPDATE fiche_revision SET first_published_at = ? WHERE fiche_id = ? AND content_hash = ?",
                fresh);
    }

    private void insertVersion(long version, Timestamp publishedAt, Request request, ChangeCounts changes,
            int rejected) {
        Map<String, Object> source = request.source();
        jdbc.update("INSERT INTO catalog_version (version_id, published_at, job_execution_id, source_file,"
                + " source_checksum, source_encoding, source_delimiter, faq_file, faq_checksum, rows_read,"
                + " rows_rejected, profiles, added, changed, unchanged, kept, retired)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", version,
                publishedAt, request.jobExecutionId(), source.get(ImportKeys.FICHES_PATH),
                source.get(ImportKeys.FICHES_CHECKSUM), source.get(ImportKeys.FICHES_ENCODING),
                source.get(ImportKeys.FICHES_DELIMITER), source.get(ImportKeys.FAQ_PATH),
                source.get(ImportKeys.FAQ_CHECKSUM), request.rowsRead(), rejected, changes.published(),
                changes.added(), changes.changed(), changes.unchanged(), changes.kept(), changes.retired());
    }

    private int count(String sql, MapSqlParameterSource params) {
        Integer count = named.queryForObject(sql, params, Integer.class);
        return count == null ? 0 : count;
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
