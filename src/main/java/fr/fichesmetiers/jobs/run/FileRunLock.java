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

/**
 * One run at a time per data directory (the catalog is H2 in it). An OS file lock: the system releases it when the
 * process dies, even by {@code kill -9}, so a crash never leaves a stale lock behind. The file says who holds it.
 */
final class FileRunLock implements RunLock {

    private final FileChannel channel;
    private final FileLock lock;
    private final String host;

    private FileRunLock(FileChannel channel, FileLock lock, String host) {
        this.channel = channel;
        this.lock = lock;
        this.host = host;
    }

    static FileRunLock acquire(DataDirectory dataDirectory, String description, String host) throws IOException,
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
        FileRunLock runLock = new FileRunLock(channel, lock, host);
        runLock.describe(description);
        return runLock;
    }

    @Override
    public void describe(String description) throws IOException {
        String text = RunLock.holder(host) + ", " + description + ", "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
