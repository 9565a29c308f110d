package fr.fichesmetiers.brochure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
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

    /** What was recorded of every document, read in one query: a run checks thousands of brochures. */
    Recorded recorded() {
        Map<String, Recorded.Entry> entries = new HashMap<>();
        jdbc.query("SELECT file_path, render_hash, page_count FROM rendered_document", rs -> {
            entries.put(rs.getString(1), new Recorded.Entry(rs.getString(2), rs.getInt(3)));
        });
        return new Recorded(entries);
    }

    /** The documents recorded when a step started, by path. */
    record Recorded(Map<String, Entry> byPath) {

        record Entry(String renderHash, int pages) {
        }

        /** Whether the file exists and was made from exactly these inputs. */
        boolean upToDate(Path file, String renderHash) {
            return pagesIfUpToDate(file, renderHash).isPresent();
        }

        /** The file's page count if it exists and was made from exactly these inputs; empty otherwise. */
        OptionalInt pagesIfUpToDate(Path file, String renderHash) {
            Entry entry = byPath.get(file.toString());
            return entry == null || !entry.renderHash().equals(renderHash) || !Files.isRegularFile(file)
                    ? OptionalInt.empty() : OptionalInt.of(entry.pages());
        }
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
