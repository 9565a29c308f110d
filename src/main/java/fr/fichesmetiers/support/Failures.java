package fr.fichesmetiers.support;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;

/**
 * What went wrong, said for a person: the deepest cause of a failure, in words for the file errors people
 * actually meet (an output folder that cannot be created, no permission to write), else the exception's message.
 */
public final class Failures {

    private static final List<String> DISK_FULL = List.of("no space left on device", "not enough space on the disk",
            "disk quota exceeded");

    private Failures() {
    }

    /** The first failure of the chain that names its file. */
    private static FileSystemException named(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs;
            }
        }
        return null;
    }

    /**
     * What made an execution end otherwise than completed: its failure exceptions, less the interruption of a job
     * stopped on request ({@code stop ID}, SIGTERM), which is no failure.
     */
    public static List<Throwable> of(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().filter(t -> !(t instanceof JobInterruptedException))
                .toList();
    }

    /** Whether a failure, or one of its causes, is a full disk (or an exceeded quota), as the system says it. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (DISK_FULL.stream().anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure to write into a folder, naming it: a full disk says only "No space left on device", not where.
     */
    public static IOException inFolder(IOException failure, Path folder) {
        if (failure instanceof FileSystemException || !isDiskFull(failure)) {
            return failure;
        }
        FileSystemException named = new FileSystemException(folder.toString(), null, failure.getMessage());
        named.initCause(failure);
        return named;
    }

    public static String describe(Throwable failure, Messages messages) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        FileSystemException named = named(failure);
        if (named != null && isDiskFull(named)) {
            return messages.get("failure.diskFull", named.getFile());
        }
        if (isDiskFull(failure)) {
            return messages.get("failure.diskFull", "?");
        }
        if (root instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile();
            if (root instanceof NoSuchFileException) {
                return messages.get("failure.noSuchFile", file);
            }
            if (root instanceof AccessDeniedException) {
                return messages.get("failure.accessDenied", file);
            }
            if (root instanceof NotDirectoryException) {
                return messages.get("failure.notDirectory", file);
            }
            if (fs.getReason() != null) {
                return messages.get("failure.fileSystem", file, fs.getReason());
            }
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
