package fr.fichesmetiers.brochure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Remembers what each written document was made from, so that an unchanged one is not rendered again. */
class RenderedDocuments {

    private final JdbcTemplate jdbc;

    RenderedDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the file exists and was made from exactly these inputs. */
    boolean upToDate(Path file, String renderHash) {
        List<String> hashes = jdbc.queryForList("SELECT render_hash FROM rendered_document WHERE file_path = ?",
                String.class, file.toString());
        return !hashes.isEmpty() && hashes.get(0).equals(renderHash) && Files.isRegularFile(file);
    }

    /** @param sha256 the file's own checksum, for run manifests (computed while the bytes are at hand) */
    void record(Path file, String kind, String subject, String renderHash, String sha256, long size) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int updated = jdbc.update("UPDATE rendered_document SET kind = ?, subject = ?, render_hash = ?, file_sha256 = ?,"
                + " file_size = ?, rendered_at = ? WHERE file_path = ?", kind, subject, renderHash, sha256, size, now,
                file.toString());
        if (updated == 0) {
            jdbc.update("INSERT INTO rendered_document (file_path, kind, subject, render_hash, file_sha256, file_size,"
                    + " rendered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", file.toString(), kind, subject, renderHash, sha256,
                    size, now);
        }
    }
}
