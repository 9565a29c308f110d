package fr.fichesmetiers.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the temporary files a killed run left behind from those another run is still writing, when two processes
 * share an output folder (two shards, two hosts on one drive). A writer holds an exclusive lock on its file until
 * the file has its final name; the system drops the lock when the process ends, however it ends, so a file whose
 * lock can be taken has no writer any more. Names carry the writer's process id because a process must never open
 * its own files to test them: on Linux and macOS, closing any channel on a file drops every lock the process holds
 * on it, which would leave a file another thread is writing open to the other process's clean-up.
 */
final class TemporaryFiles {

    /** Between creating a file and locking it, a writer holds no lock: a file this young is never taken for lost. */
    private static final Duration JUST_CREATED = Duration.ofSeconds(3);
    /** Where the file system has no locks (some network drives), only a long silence says the writer is gone. */
    private static final Duration SILENT_WITHOUT_LOCKS = Duration.ofHours(1);
    private static final Pattern OWNER = Pattern.compile("\\.(\\d+)-[0-9a-f]+\\.[^.]+$");
    private static final String OWN_TAG = Long.toString(ProcessHandle.current().pid());

    private TemporaryFiles() {
    }

    /** What a temporary file's name carries to say this process writes it. */
    static String ownerTag() {
        return OWN_TAG;
    }

    /** Locks a file this process has just created, where the file system allows it; released when it is closed. */
    static void hold(FileChannel channel) {
        try {
            channel.lock();
        }
        catch (IOException e) {
            // No locks here: other processes fall back on the file's age.
        }
    }

    /** Deletes the files ending in {@code suffix} under {@code folder} that no live process writes. */
    static int removeAbandoned(Path folder, String suffix) throws IOException {
        int removed = 0;
        for (Path file : AtomicFiles.filesEndingIn(folder, suffix)) {
            if (!ownedHere(file) && abandoned(file) && Files.deleteIfExists(file)) {
                removed++;
            }
        }
        return removed;
    }

    private static boolean ownedHere(Path file) {
        Matcher owner = OWNER.matcher(file.getFileName().toString());
        return owner.find() && owner.group(1).equals(OWN_TAG);
    }

    private static boolean abandoned(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            // Taken, so unlocked: its writer is gone, or has only just created it and not locked it yet.
            return silentFor(file, JUST_CREATED);
        }
        catch (NoSuchFileException | OverlappingFileLockException e) {
            // Renamed or removed meanwhile, or locked by this process under a name without its tag.
            return false;
        }
        catch (IOException e) {
            return silentFor(file, SILENT_WITHOUT_LOCKS);
        }
    }

    private static boolean silentFor(Path file, Duration silence) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(silence));
        }
        catch (IOException e) {
            return false;
        }
    }
}
