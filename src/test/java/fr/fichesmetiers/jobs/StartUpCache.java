package fr.fichesmetiers.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.FileSystemUtils;

/**
 * The JVM options and jar that start the tool's processes from Java's start-up cache, as {@code bin/fiches-metiers}
 * starts them: the jar extracted (the cache needs the classes on the plain class path), and Java's AOT cache (a
 * class-data archive before Java 25) recorded by one import of the sample. A process of the tests then starts in
 * about half the time; there are some sixty of them. Made once per build of the jar and per Java, under
 * {@code target/}, so that CI's PostgreSQL pass reuses the cache of the H2 one. Anything that fails here leaves the
 * plain jar, only slower to start.
 */
final class StartUpCache {

    private static final String APP = "app/fiches-metiers.jar";
    private static final String AOT = "fiches-metiers.aot";
    private static final String CDS = "fiches-metiers.jsa";

    /** What starts every process: the cache's options, {@code -jar} and the jar. */
    private static final List<String> START = prepare();

    private StartUpCache() {
    }

    /** The JVM options and {@code -jar JAR}, to put after {@code java} and its own options. */
    static List<String> start() {
        return START;
    }

    private static List<String> prepare() {
        try {
            Path folder = folder();
            List<String> start = new ArrayList<>(Runtime.version().feature() >= 25
                    ? List.of("-XX:AOTCache=" + folder.resolve(AOT), "-Xlog:aot=off", "-Xlog:cds=off")
                    : List.of("-XX:SharedArchiveFile=" + folder.resolve(CDS), "-Xlog:cds=off"));
            start.addAll(List.of("-jar", folder.resolve(APP).toString()));
            return start;
        }
        catch (Exception e) {
            System.err.println("Tests: no start-up cache for the tool's processes (" + e + "); the plain jar is used.");
            return List.of("-jar", CliProcess.JAR.toString());
        }
    }

    /** The folder of this jar and this Java, with its cache: made when missing, the folders of other builds removed. */
    private static Path folder() throws Exception {
        Path root = CliProcess.JAR.resolveSibling("cli-start-up");
        String key = Long.toHexString((CliProcess.JAVA + "|" + Runtime.version() + "|" + Files.size(CliProcess.JAR)
                + "|" + Files.getLastModifiedTime(CliProcess.JAR).toMillis()).hashCode() & 0xffffffffL);
        Path folder = root.resolve(key);
        boolean aot = Runtime.version().feature() >= 25;
        Path cache = folder.resolve(aot ? AOT : CDS);
        if (Files.isRegularFile(cache)) {
            return folder;
        }
        FileSystemUtils.deleteRecursively(root);
        // Both steps run in a training folder, removed at the end with the output they leave there.
        Path training = Files.createDirectories(folder.resolve("training"));
        // Extracted where it stays: the cache names the jars of the class path it was recorded with.
        exec(training, List.of(CliProcess.JAVA, "-Djarmode=tools", "-jar", CliProcess.JAR.toString(), "extract",
                "--destination", folder.resolve("app").toString()));
        // One import of the sample records the classes that starting Spring, the database and a job load.
        CliProcess.copyTree(Path.of("input"), training.resolve("input"));
        Path recorded = training.resolve(cache.getFileName());
        List<String> record = new ArrayList<>(List.of(CliProcess.JAVA));
        record.addAll(CliProcess.JVM_OPTIONS);
        record.addAll(aot ? List.of("-XX:AOTCacheOutput=" + recorded, "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:ArchiveClassesAtExit=" + recorded, "-Xlog:cds=off"));
        record.addAll(List.of("-jar", folder.resolve(APP).toString(), "import"));
        exec(training, record);
        // Moved into place once whole: a cache file there is a finished one.
        Files.move(recorded, cache, StandardCopyOption.ATOMIC_MOVE);
        FileSystemUtils.deleteRecursively(training);
        return folder;
    }

    /** Runs a step of making the cache on the data directory's own H2 file, on either pass; fails unless it exits 0. */
    private static void exec(Path workingDir, List<String> command) throws Exception {
        CliProcess.Result result = CliProcess.exec(workingDir, CliProcess.H2_DATA_DIRECTORY, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("exit " + result.exitCode() + ": " + String.join(" ", command) + "\n"
                    + result.err());
        }
    }
}
