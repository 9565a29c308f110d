package fr.fichesmetiers.fiche;

import java.time.LocalDateTime;

/** One published state of the catalog, with where it came from. */
public record CatalogVersion(long id, LocalDateTime publishedAt, Long jobExecutionId, String sourceFile,
        String sourceChecksum, String sourceEncoding, String sourceDelimiter, String faqFile, int rowsRead,
        int rowsRejected, ChangeCounts changes) {

    public int profiles() {
        return changes.published();
    }
}
