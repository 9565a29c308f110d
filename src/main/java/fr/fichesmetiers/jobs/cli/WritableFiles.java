package fr.fichesmetiers.jobs.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Checks, before a file is needed, that it can be written: its folder made, the file opened, space left. */
final class WritableFiles {

    private WritableFiles() {
    }

    /** @throws IOException as the file system says it (no permission, no space, a folder in the way…) */
    static void requireAppendable(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            // Opening an existing file needs no space: a full disk shows only in what is left.
            if (SystemFailure.usableSpace(file) == 0) {
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
        }
    }
}
