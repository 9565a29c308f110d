package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time per data directory. An OS file lock: the system releases it when the process dies, even by
 * {@code kill -9}, so a crash never leaves a stale lock behind. The file says who holds it.
 */
public final class RunLock implements AutoCloseable {

    /** Another process holds the lock; the message says which. */
    public static final class HeldException extends Exception {
        HeldException(String holder) {
            super(holder);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static RunLock acquire(DataDirectory dataDirectory, String description) throws IOException,
            HeldException {
        Path file = dataDirectory.lockFile();
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
            channel.close();
            throw new HeldException(holder);
        }
        RunLock runLock = new RunLock(channel, lock);
        runLock.describe(description);
        return runLock;
    }

    /** Notes what the holder is doing, for whoever finds the lock taken. */
    public void describe(String description) throws IOException {
        String text = "pid " + ProcessHandle.current().pid() + ", " + description + ", "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Says what the holder does now, or logs why it could not (the lock itself is still held). */
    public void describeQuietly(String description) {
        try {
            describe(description);
        }
        catch (IOException e) {
            log.warn("event=lock.describe.failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
