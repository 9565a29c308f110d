package fr.fichesmetiers.jobs.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of a few MB mounted on a folder for a test (tmpfs; as root, where mounting is permitted), or
 * a folder made read-only. A test that needs it is skipped, saying why, where the machine does not allow it.
 */
final class SmallFileSystem implements AutoCloseable {

    private final Path folder;
    private final boolean mounted;

    private SmallFileSystem(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
    }

    /** A tmpfs of this size on the folder. */
    static SmallFileSystem of(Path folder, String size) throws Exception {
        assumeTrue(isRoot(), "mounting a small file system needs root");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()),
                "mount is not permitted here");
        return new SmallFileSystem(folder, true);
    }

    /**
     * The folder read-only for the tests' user: by its permissions, or, for root (whom they do not stop), by a
     * read-only mount.
     */
    static SmallFileSystem readOnly(Path folder) throws Exception {
        if (!isRoot()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            return new SmallFileSystem(folder, false);
        }
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", folder.toString()),
                "root ignores permissions and mount is not permitted here (SystemFailureTests covers it)");
        return new SmallFileSystem(folder, true);
    }

    /** Fills the file system up to its last byte. */
    void fill() throws Exception {
        run("sh", "-c", "cat /dev/zero > '" + folder.resolve("filler") + "' 2>/dev/null");
    }

    @Override
    public void close() throws Exception {
        if (mounted) {
            run("umount", "-l", folder.toString());
        }
        else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isRoot() throws Exception {
        Process id = new ProcessBuilder("id", "-u").start();
        id.waitFor(60, TimeUnit.SECONDS);
        return new String(id.getInputStream().readAllBytes()).strip().equals("0");
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
