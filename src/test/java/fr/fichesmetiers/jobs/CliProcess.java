package fr.fichesmetiers.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The tool as a separate process, started the way a user or cron starts it, in its own working folder. */
public final class CliProcess {

    public static final Path JAR = Path.of("target/fiches-metiers.jar").toAbsolutePath();
    public static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    public record Result(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    public static Process start(Path workingDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(workingDir.resolve("out-" + System.nanoTime() + ".txt").toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    public static Result run(Path workingDir, String... args) throws Exception {
        Path out = Files.createTempFile(workingDir, "stdout", ".txt");
        Path err = Files.createTempFile(workingDir, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Writes a generated catalog of {@code count} profiles with the benchmark's generator. */
    public static void generate(int count, int seed, Path folder) throws Exception {
        Process generator = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                "bench/CatalogGenerator.java", String.valueOf(count), String.valueOf(seed), folder.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!generator.waitFor(2, TimeUnit.MINUTES) || generator.exitValue() != 0) {
            throw new IllegalStateException("catalog generator failed");
        }
    }

    /** How many times the log said something so far. */
    public static long logCount(Path workingDir, String event) throws IOException {
        Path log = workingDir.resolve("data/logs/fiches-metiers.log");
        if (!Files.exists(log)) {
            return 0;
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(event)).matcher(text).results().count();
    }

    /** Waits until the log says something once more than {@code before} times, for at most a minute. */
    public static void awaitLog(Path workingDir, String event, long before) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (logCount(workingDir, event) > before) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("never logged " + event);
    }

    /**
     * Counts files while a running process may still be creating and renaming them: a {@code .part} file
     * that vanishes between the listing and the look at its attributes is simply not counted.
     */
    public static long countFiles(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long[] count = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.toString().endsWith(suffix)) {
                    count[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        return count[0];
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(source, target);
                }
            }
        }
    }

    public static String path(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }
}
