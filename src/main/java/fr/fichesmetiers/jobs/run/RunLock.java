package fr.fichesmetiers.jobs.run;

import java.io.IOException;

import org.slf4j.LoggerFactory;

import fr.fichesmetiers.jobs.history.RunOwnerSettings;

/**
 * The lock that keeps runs on one catalog apart: a file lock in the data directory for H2, a PostgreSQL advisory
 * lock for a shared catalog ({@code fiches.run-lock.kind}). Either is released by the system when its process dies.
 * Who holds it is named as {@code pid 1234@host}, with what the holder does.
 */
public interface RunLock extends AutoCloseable {

    /** Another process holds the lock; the message says which. */
    final class HeldException extends Exception {
        HeldException(String holder) {
            super(holder);
        }
    }

    /**
     * What a command locks: the whole catalog (every command that writes), one shard of the brochures (shards run
     * side by side, but not beside a command that locks the whole catalog), or the right to recover (recover on a
     * shared catalog leaves the live runs of other hosts alone, so it does not wait for them).
     */
    record Scope(String shard, boolean recover) {

        public static Scope catalog() {
            return new Scope(null, false);
        }

        public static Scope shard(String shard) {
            return new Scope(shard, false);
        }

        public static Scope recovery() {
            return new Scope(null, true);
        }
    }

    /** The file lock of a data directory, as this host's processes take it for H2. */
    static RunLock acquire(DataDirectory dataDirectory, String description) throws IOException, HeldException {
        return FileRunLock.acquire(dataDirectory, description, RunOwnerSettings.localHost());
    }

    /** {@code pid 1234@host}: the process that holds a lock, on any host. */
    static String holder(String host) {
        return "pid " + ProcessHandle.current().pid() + "@" + host;
    }

    /** Notes what the holder is doing, for whoever finds the lock taken. */
    void describe(String description) throws IOException;

    /** Says what the holder does now, or logs why it could not (the lock itself is still held). */
    default void describeQuietly(String description) {
        try {
            describe(description);
        }
        catch (IOException e) {
            LoggerFactory.getLogger(RunLock.class).warn("event=lock.describe.failed", e);
        }
    }

    @Override
    void close() throws IOException;
}
