package fr.fichesmetiers.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.fichesmetiers.site.SitePages.Row;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Checksums;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the last site write knew of each profile: what its page was made from (a key), and its row of the guide's
 * table and its search entry. A profile whose key is the same keeps its page, row and entry without being read from
 * the catalog or rendered again: a nightly that changed 1 % of a large catalog reads and renders 1 % of it.
 */
final class ProfileCache {

    static final String FILE = ".profiles.json";
    private static final Logger log = LoggerFactory.getLogger(ProfileCache.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The compiled profile template: a new release whose page differs makes every key differ. */
    private static final String TEMPLATE = templateHash();

    /**
     * @param related the related professions the page named, and the titles it showed for them ({@code null} when
     *        a name was not a profile), so that a renamed related profile changes the page
     */
    record Cached(String key, List<String> related, List<String> relatedTitles, Row row, Map<String, Object> item,
            String level) {
    }

    private final Path file;
    private final Map<String, Cached> previous;
    private final Map<String, Cached> current = new TreeMap<>();

    ProfileCache(Path site) {
        this.file = site.resolve(FILE);
        this.previous = read(file);
    }

    /** The key of what a page is made from, besides its related profiles' titles. */
    static String key(String contentHash, String... context) {
        return Checksums.sha256(TEMPLATE + "\u0000" + contentHash + "\u0000" + String.join("\u0000", context));
    }

    /** What the last write kept for a profile if its page was made from the same, else {@code null}. */
    Cached reusable(String id, String key, Map<String, String> titles) {
        Cached cached = previous.get(id);
        if (cached == null || !cached.key().equals(key)
                || !cached.relatedTitles().equals(cached.related().stream().map(titles::get).toList())) {
            return null;
        }
        return cached;
    }

    void put(String id, Cached cached) {
        current.put(id, cached);
    }

    void save() throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(current));
    }

    private static Map<String, Cached> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return new HashMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Cached>>() {
            }));
        }
        catch (RuntimeException e) {
            // Only a cache: without it, every page is made again (and rewritten only if it changed).
            log.warn("event=site.cache.unreadable file={} cause=\"{}\"", file, e.toString());
            return Map.of();
        }
    }

    private static String templateHash() {
        try (InputStream in = ProfileCache.class.getResourceAsStream("JteprofileGenerated.class")) {
            return in == null ? "" : Checksums.sha256(in.readAllBytes());
        }
        catch (IOException e) {
            return "";
        }
    }
}
