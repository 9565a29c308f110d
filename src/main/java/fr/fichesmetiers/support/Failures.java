package fr.fichesmetiers.support;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;

/**
 * What went wrong, said for a person: the deepest cause of a failure, in words for the file errors people
 * actually meet (an output folder that cannot be created, no permission to write), else the exception's message.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * What made an execution end otherwise than completed: its failure exceptions, less the interruption of a job
     * stopped on request ({@code stop ID}, SIGTERM), which is no failure.
     */
    public static List<Throwable> of(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().filter(t -> !(t instanceof JobInterruptedException))
                .toList();
    }

    public static String describe(Throwable failure, Messages messages) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
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
