package fr.fichesmetiers.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes whole-file outputs to a temporary name in the target folder and renames them in one step, so a crash
 * never leaves a half-written brochure, workbook or report that looks finished. The file's bytes reach the disk
 * before the rename and the rename reaches it before {@link #write} returns, so this holds after a power cut too,
 * not only after a killed process.
 */
public final class AtomicFiles {

    /** Marks temporary files; left-overs of a killed run carry it and are never mistaken for outputs. */
    public static final String TEMP_SUFFIX = ".part";
    private static final int BUFFER = 64 * 1024;

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
        Path temp = folder.resolve("." + target.getFileName() + "." + TemporaryFiles.ownerTag() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            MessageDigest digest = Checksums.digest();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                // Held until the rename: another process cleaning the folder (a second shard on the same output)
                // then knows this file is being written and leaves it alone.
                TemporaryFiles.hold(channel);
                // Not closed by the stream: the channel is forced to disk once everything is written.
                OutputStream out = new DigestOutputStream(new BufferedOutputStream(
                        Channels.newOutputStream(new Unclosed(channel)), BUFFER), digest);
                content.writeTo(out);
                out.flush();
                // Without it, the rename can reach the disk before the bytes: after a power cut the brochure would
                // have its final name and no content.
                channel.force(true);
                move(temp, target);
                moved = true;
            }
            catch (IOException e) {
                throw Failures.inFolder(e, folder);
            }
            catch (RuntimeException e) {
                throw e;
            }
            catch (Exception e) {
                throw new IOException("Could not write " + target.getFileName() + ": " + e.getMessage(), e);
            }
            syncFolder(folder);
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

    /**
     * Deletes the temporary files a killed run left under a folder and returns how many there were; those another
     * run is still writing (a second shard, another host on a shared drive) are kept.
     */
    public static int removeLeftovers(Path folder) throws IOException {
        return TemporaryFiles.removeAbandoned(folder, TEMP_SUFFIX);
    }

    /**
     * The files under a folder (none if it is missing) whose names end in {@code suffix}. Read while other runs may
     * be writing there: a file renamed or removed between the listing and the look at it is passed over, where
     * {@code Files.walk} would fail.
     */
    public static List<Path> filesEndingIn(Path folder, String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(suffix)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        return found;
    }

    /**
     * Forces the folder's entries (the rename) to disk where the system allows it: Linux and macOS open a folder
     * for reading and sync it; Windows cannot open a folder at all (its renames are journaled by NTFS), nor can
     * some file systems sync one, which is then left as it is.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
        catch (IOException | UnsupportedOperationException e) {
            // Not possible here: the rename is as durable as the system makes it.
        }
    }

    /** A channel whose {@code close} is left to its owner, so that a caller's stream cannot close it early. */
    private static final class Unclosed implements WritableByteChannel {

        private final FileChannel channel;

        Unclosed(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            return channel.write(source);
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            // closed by write(), after force()
        }
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
