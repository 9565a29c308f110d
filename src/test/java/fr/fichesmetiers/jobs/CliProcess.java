package fr.fichesmetiers.jobs;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

import fr.fichesmetiers.TestDatabases;
import fr.fichesmetiers.support.AtomicFiles;

/**
 * The tool as a separate process, started the way a user or cron starts it, in its own working folder. Waits
 * are on events (a log line, a process ending), never on time; their limit is generous for a loaded machine and
 * can be raised with {@code -Dfiches.test.wait-seconds=N} (default 600).
 */
public final class CliProcess {

    public static final Path JAR = Path.of("target/fiches-metiers.jar").toAbsolutePath();
    public static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    /** The JIT's first tier only: these processes run seconds, not hours, and the machine is shared. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
    /** How long an event may take to come before a test gives up. */
    public static final Duration WAIT = Duration.ofSeconds(Long.getLong("fiches.test.wait-seconds", 600));
    /** Where {@link #generate} keeps the catalogs it generated, and those it generated in this JVM (not earlier). */
    private static final Path GENERATED = Path.of("target/generated-catalogs").toAbsolutePath();
    private static final Set<Path> GENERATED_NOW = new HashSet<>();

    public record Result(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    /** The tool's command line: the jar as built, started from Java's start-up cache ({@link StartUpCache}). */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(JVM_OPTIONS);
        command.addAll(StartUpCache.start());
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java -jar target/fiches-metiers.jar}, as a user starts it without the launcher script (no cache). */
    public static Result runJar(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(workingDir, database(workingDir), command);
    }

    /** No database setting: the H2 file of the data directory, on either pass (tests of H2's own failures). */
    public static final Map<String, String> H2_DATA_DIRECTORY = Map.of();

    /**
     * The database a process working in this folder uses: the default (H2 in its data directory), or with
     * {@code -Dfiches.test.database=postgresql} a schema of the folder's own.
     */
    public static Map<String, String> database(Path workingDir) {
        return TestDatabases.forFolder(workingDir).environment();
    }

    private static ProcessBuilder builder(Path workingDir, Map<String, String> environment, String... args) {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workingDir.toFile());
        builder.environment().putAll(environment);
        return builder;
    }

    /** Starts the tool in the background; its output goes to files of the working folder. */
    public static Process start(Path workingDir, String... args) throws IOException {
        long stamp = System.nanoTime();
        return builder(workingDir, database(workingDir), args)
                .redirectOutput(workingDir.resolve("out-" + stamp + ".txt").toFile())
                .redirectError(workingDir.resolve("err-" + stamp + ".txt").toFile()).start();
    }

    /** A process started in the background, with the files its output goes to. */
    public record Started(Process process, Path out, Path err) {

        /** Waits for the process to end and reads what it printed. */
        public Result finished() throws Exception {
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** Starts the tool in the background, its output kept for {@link Started#finished()}. */
    public static Started launch(Path workingDir, String... args) throws IOException {
        return launch(workingDir, database(workingDir), args);
    }

    /** Starts the tool in the background with these environment variables (a database shared by folders). */
    public static Started launch(Path workingDir, Map<String, String> environment, String... args)
            throws IOException {
        Path out = Files.createTempFile(workingDir, "stdout", ".txt");
        Path err = Files.createTempFile(workingDir, "stderr", ".txt");
        Process process = builder(workingDir, environment, args).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        return new Started(process, out, err);
    }

    /** Runs the tool to its end. */
    public static Result run(Path workingDir, String... args) throws Exception {
        return exec(workingDir, database(workingDir), command(args));
    }

    /** Runs the tool to its end with these environment variables (a database shared by folders). */
    public static Result run(Path workingDir, Map<String, String> environment, String... args) throws Exception {
        return exec(workingDir, environment, command(args));
    }

    /**
     * Runs any command to its end (a launcher script, another Java) in a working folder, with these environment
     * variables changed ({@code null} removes one).
     */
    public static Result exec(Path workingDir, Map<String, String> environment, List<String> command)
            throws Exception {
        Path out = Files.createTempFile(workingDir, "stdout", ".txt");
        Path err = Files.createTempFile(workingDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            }
            else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Kills a process as {@code kill -9} would, and waits until it is gone. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly().waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Writes a generated catalog of {@code count} profiles with the benchmark's generator (short texts). The generator
     * compiles itself each time it starts, so each size and seed is generated once per test JVM and copied.
     */
    public static synchronized void generate(int count, int seed, Path folder) throws Exception {
        Path made = GENERATED.resolve(count + "-" + seed);
        if (GENERATED_NOW.add(made)) {
            FileSystemUtils.deleteRecursively(made);
            Process generator = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                    "bench/CatalogGenerator.java", String.valueOf(count), String.valueOf(seed), made.toString(),
                    "short").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!generator.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS) || generator.exitValue() != 0) {
                GENERATED_NOW.remove(made);
                throw new IllegalStateException("catalog generator failed");
            }
        }
        copyTree(made, folder);
    }

    /** The log of a data directory. */
    public static Path log(Path dataDir) {
        return dataDir.resolve("logs/fiches-metiers.log");
    }

    /** How many lines of a log match so far. */
    public static long count(Path log, Pattern line) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return line.matcher(Files.readString(log, StandardCharsets.UTF_8)).results().count();
    }

    /**
     * Waits until a log has at least {@code count} lines that match, while a process runs: if it ends first, the
     * event will never come, and the test fails at once.
     */
    public static void awaitLog(Process process, Path log, Pattern line, long count) throws IOException {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                .until(() -> count(log, line) >= count || !process.isAlive());
        if (count(log, line) < count) {
            throw new IllegalStateException("the process ended (exit " + process.exitValue() + ") before its log said "
                    + line + " " + count + " time(s)");
        }
    }

    /** The committed-chunk line of a step, logged once per chunk. */
    public static Pattern chunkCommitted(String job, String step) {
        return Pattern.compile("event=chunk\\.committed job=" + Pattern.quote(job) + " execution=\\d+ step="
                + Pattern.quote(step) + " ");
    }

    /**
     * Counts files while a running process may still be creating and renaming them: a {@code .part} file
     * that vanishes between the listing and the look at its attributes is simply not counted.
     */
    public static long countFiles(Path folder, String suffix) throws IOException {
        return AtomicFiles.filesEndingIn(folder, suffix).size();
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
