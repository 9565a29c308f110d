package fr.fichesmetiers.brochure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;

/** Remembers what each written document was made from, so that an unchanged one is not rendered again. */
class RenderedDocuments {

    /**
     * A written document: what it was made from ({@code renderHash}), its own checksum (for run manifests,
     * computed while the bytes were at hand) and its page count (a booklet's contents need it before copying).
     */
    record Document(Path file, String kind, String subject, String renderHash, String sha256, long size, int pages) {
    }

    private final JdbcTemplate jdbc;

    RenderedDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the file exists and was made from exactly these inputs. */
    boolean upToDate(Path file, String renderHash) {
        return pagesIfUpToDate(file, renderHash).isPresent();
    }

    /** The file's page count if it exists and was made from exactly these inputs; empty otherwise. */
    OptionalInt pagesIfUpToDate(Path file, String renderHash) {
        List<Integer> pages = jdbc.queryForList("SELECT page_count FROM rendered_document WHERE file_path = ?"
                + " AND render_hash = ?", Integer.class, file.toString(), renderHash);
        return pages.isEmpty() || !Files.isRegularFile(file) ? OptionalInt.empty() : OptionalInt.of(pages.get(0));
    }

    void record(Document document) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String subject = document.subject().length() > 120 ? document.subject().substring(0, 120) : document.subject();
        int updated = jdbc.update("UPDATE rendered_document SET kind = ?, subject = ?, render_hash = ?, file_sha256 = ?,"
                + " file_size = ?, page_count = ?, rendered_at = ? WHERE file_path = ?", document.kind(), subject,
                document.renderHash(), document.sha256(), document.size(), document.pages(), now,
                document.file().toString());
        if (updated == 0) {
            jdbc.update("INSERT INTO rendered_document (file_path, kind, subject, render_hash, file_sha256, file_size,"
                    + " page_count, rendered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", document.file().toString(),
                    document.kind(), subject, document.renderHash(), document.sha256(), document.size(),
                    document.pages(), now);
        }
    }
}
