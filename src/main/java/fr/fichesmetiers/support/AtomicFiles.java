package fr.fichesmetiers.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes whole-file outputs to a temporary name in the target folder and renames them in one step,
 * so a crash never leaves a half-written brochure, workbook or report that looks finished.
 */
public final class AtomicFiles {

    /** Marks temporary files; left-overs of a killed run carry it and are never mistaken for outputs. */
    public static final String TEMP_SUFFIX = ".part";

    private AtomicFiles() {
    }

    /** Content written by a caller to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    /** Writes the file and returns the SHA-256 of what was written, computed on the way (no second read). */
    public static String write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            // Only when missing: on an existing folder it fails and recovers inside, once per brochure.
            Files.createDirectories(folder);
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the published file, which the
        // people (or web server) reading the output folder could then not open. CREATE_NEW follows the umask.
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            MessageDigest digest = Checksums.digest();
            try (OutputStream out = new DigestOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), digest)) {
                content.writeTo(out);
            }
            catch (IOException | RuntimeException e) {
                throw e;
            }
            catch (Exception e) {
                throw new IOException("Could not write " + target.getFileName() + ": " + e.getMessage(), e);
            }
            move(temp, target);
            moved = true;
            return HexFormat.of().formatHex(digest.digest());
        }
        finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public static String write(Path target, byte[] bytes) throws IOException {
        return write(target, out -> out.write(bytes));
    }

    /** Deletes the temporary files a killed run left under a folder; returns how many there were. */
    public static int removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        return removed;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
