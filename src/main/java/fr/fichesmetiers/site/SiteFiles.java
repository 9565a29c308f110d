package fr.fichesmetiers.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Checksums;

/**
 * Writes the site's files incrementally: a file whose content has the hash it had last time (kept in a list next to
 * the pages) is left alone, so that a web server or a backup sees only what changed; any other is written to a
 * temporary name and renamed, so a reader never sees half a page. Files of the last time that this one did not write
 * (retired profiles, a renamed guide) are removed at the end.
 */
final class SiteFiles {

    /** The hash of every file written last time, one {@code <sha256> <path>} line each. */
    static final String LIST = ".pages.sha256";

    private final Path root;
    private final Map<String, String> previous;
    private final Map<String, String> current = new TreeMap<>();
    private int written;
    private int unchanged;
    private long bytes;

    SiteFiles(Path root) throws IOException {
        this.root = root;
        this.previous = read(root.resolve(LIST));
    }

    /** @param relative the path under the site's folder, with {@code /} */
    void write(String relative, byte[] content) throws IOException {
        String hash = Checksums.sha256(content);
        current.put(relative, hash);
        bytes += content.length;
        Path target = root.resolve(relative);
        if (hash.equals(previous.get(relative)) && Files.isRegularFile(target) && Files.size(target) == content.length) {
            unchanged++;
            return;
        }
        AtomicFiles.write(target, content);
        written++;
    }

    /** Keeps a file as the last time wrote it, if it is still there; returns whether it could. */
    boolean keep(String relative) throws IOException {
        String hash = previous.get(relative);
        if (hash == null || !Files.isRegularFile(root.resolve(relative))) {
            return false;
        }
        current.put(relative, hash);
        bytes += Files.size(root.resolve(relative));
        unchanged++;
        return true;
    }

    /** Removes what the last time wrote and this time did not, then saves this time's list; returns how many. */
    int finish() throws IOException {
        int removed = 0;
        for (String relative : previous.keySet()) {
            if (!current.containsKey(relative) && Files.deleteIfExists(root.resolve(relative))) {
                removed++;
            }
        }
        StringBuilder list = new StringBuilder(current.size() * 100);
        current.forEach((relative, hash) -> list.append(hash).append(' ').append(relative).append('\n'));
        AtomicFiles.write(root.resolve(LIST), list.toString().getBytes(StandardCharsets.UTF_8));
        return removed;
    }

    int files() {
        return current.size();
    }

    int written() {
        return written;
    }

    int unchanged() {
        return unchanged;
    }

    long bytes() {
        return bytes;
    }

    private static Map<String, String> read(Path list) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                // Only paths under the site: a list edited by hand cannot make the run delete anything else.
                if (space > 0 && !line.contains("..") && !line.substring(space + 1).startsWith("/")) {
                    hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        }
        return hashes;
    }
}
