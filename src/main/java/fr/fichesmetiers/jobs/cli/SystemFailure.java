package fr.fichesmetiers.jobs.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.h2.mvstore.MVStoreException;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.support.Failures;
import fr.fichesmetiers.support.Messages;

/**
 * A failure of what the tool stands on (a full disk, a missing permission, a database that is locked by another
 * program, unreachable or damaged) rather than of its configuration or its input: each has its message, naming
 * what to look at, and its exit code (the README's table).
 */
record SystemFailure(int exitCode, String message) {

    /** Below this, a data directory whose database fails is taken as full (H2 may only say "closed" then). */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;
    private static final Set<Integer> H2_IN_USE = Set.of(90020);
    private static final Set<Integer> H2_DAMAGED = Set.of(90030, 90048);
    private static final Set<Integer> MVSTORE_DAMAGED = Set.of(5, 6, 9, 50);
    private static final int MVSTORE_LOCKED = 7;
    private static final List<String> NOT_PERMITTED = List.of("permission denied", "access is denied",
            "read-only file system", "operation not permitted");

    /** Where the failure happened: the data directory and the database, as the configuration names them. */
    record Where(Path dataDir, String databaseUrl) {
    }

    /** The failure said for a person, when it is one of these; empty for any other (a configuration error…). */
    static Optional<SystemFailure> of(Throwable failure, Where where, Messages m) {
        List<Throwable> chain = chain(failure);
        String database = database(where.databaseUrl());
        for (Throwable t : chain) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return Optional.of(new SystemFailure(ExitCodes.DATABASE_UNREACHABLE,
                        m.get("system.databaseUnreachable", database, message(t))));
            }
        }
        for (Throwable t : chain) {
            // A launch tried again and again (see LaunchRetryConfiguration) against other launches.
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return Optional.of(new SystemFailure(ExitCodes.FAILED, m.get("launch.serialization", "5")));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && H2_IN_USE.contains(sql.getErrorCode())
                    || t instanceof MVStoreException store && store.getErrorCode() == MVSTORE_LOCKED) {
                return Optional.of(new SystemFailure(ExitCodes.DATABASE_IN_USE,
                        m.get("system.databaseInUse", database)));
            }
        }
        if (chain.stream().anyMatch(Failures::isDiskFull)) {
            Path file = chain.stream().filter(t -> t instanceof FileSystemException fs && fs.getFile() != null)
                    .map(t -> Path.of(((FileSystemException) t).getFile())).findFirst().orElse(where.dataDir());
            return Optional.of(diskFull(file, m));
        }
        for (Throwable t : chain) {
            if (t instanceof AccessDeniedException || t instanceof IOException && mentions(t, NOT_PERMITTED)
                    || t instanceof SQLException sql && sql.getErrorCode() == 90097) {
                String file = t instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile()
                        : where.dataDir().toAbsolutePath().normalize().toString();
                return Optional.of(new SystemFailure(ExitCodes.PERMISSION_DENIED, m.get("system.permission", file)));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException sql && H2_DAMAGED.contains(sql.getErrorCode())
                    || t instanceof MVStoreException store && MVSTORE_DAMAGED.contains(store.getErrorCode())) {
                return Optional.of(new SystemFailure(ExitCodes.DATABASE_DAMAGED,
                        m.get("system.databaseDamaged", database, message(t))));
            }
        }
        long free = usableSpace(where.dataDir());
        if (free >= 0 && free < NEARLY_FULL_BYTES) {
            return Optional.of(diskFull(where.dataDir(), m));
        }
        return Optional.empty();
    }

    /** "disque plein : /var/lib/fiches (espace libre : 12 Ko)". */
    static SystemFailure diskFull(Path where, Messages m) {
        Path absolute = where.toAbsolutePath().normalize();
        long free = usableSpace(absolute);
        return new SystemFailure(ExitCodes.FAILED, free < 0 ? m.get("system.diskFull", absolute.toString())
                : m.get("system.diskFull.free", absolute.toString(), bytes(free, m)));
    }

    /** Free bytes for this user on the file system of a path (or of its nearest existing parent); -1 unknown. */
    static long usableSpace(Path path) {
        Path existing = path == null ? null : path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        }
        catch (IOException e) {
            return -1;
        }
    }

    private static String bytes(long bytes, Messages m) {
        if (bytes < 1024) {
            return m.get("system.bytes", String.valueOf(bytes));
        }
        if (bytes < 1024 * 1024) {
            return m.get("system.kilobytes", String.valueOf(bytes / 1024));
        }
        return m.get("system.megabytes", String.valueOf(bytes / (1024 * 1024)));
    }

    /** The database as a person recognises it: its URL without options (a password may be among them). */
    private static String database(String url) {
        if (url == null) {
            return "?";
        }
        int end = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return url.substring(0, end);
    }

    private static boolean mentions(Throwable t, List<String> phrases) {
        String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return phrases.stream().anyMatch(text::contains);
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                chain.add(suppressed);
            }
        }
        return chain;
    }
}
