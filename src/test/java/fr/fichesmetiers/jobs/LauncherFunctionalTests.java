package fr.fichesmetiers.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the tool is started: the jar on a Java too old for it, and the launcher script {@code bin/fiches-metiers},
 * which finds a Java new enough and passes the tool's exit code through.
 */
class LauncherFunctionalTests {

    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    private static final Path SCRIPT = Path.of("bin/fiches-metiers").toAbsolutePath();
    /** The Java running the tests (21 or newer): where the script must find one when the PATH has only an old one. */
    private static final Path TEST_JAVA_HOME = Path.of(CliProcess.JAVA).getParent().getParent();

    @Test
    void anOlderJavaSaysInOneLinePerLanguageWhichJavaIsNeeded(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17.resolve("bin/java")), "no Java 17 in " + JAVA_17);
        CliProcess.Result both = CliProcess.exec(dir, Map.of(), List.of(JAVA_17.resolve("bin/java").toString(), "-jar",
                CliProcess.JAR.toString(), "--help"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.out()).isEmpty();
        assertThat(both.err().lines().toList()).containsExactly(
                "Fiches Métiers a besoin de Java 21 ou plus récent ; celui-ci est Java 17 (" + JAVA_17 + ").",
                "Fiches Métiers needs Java 21 or newer; this is Java 17 (" + JAVA_17 + ").");

        CliProcess.Result english = CliProcess.exec(dir, Map.of(), List.of(JAVA_17.resolve("bin/java").toString(),
                "-jar", CliProcess.JAR.toString(), "import", "--lang", "en"));
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err().lines().toList()).containsExactly(
                "Fiches Métiers needs Java 21 or newer; this is Java 17 (" + JAVA_17 + ").");
        assertThat(dir.resolve("data")).as("nothing started").doesNotExist();
    }

    @Test
    void theScriptFindsAJavaNewEnoughWhenThePathHasOnlyAnOldOne(@TempDir Path dir) throws Exception {
        assumeTrue(TEST_JAVA_HOME.startsWith("/usr/lib/jvm"), "the script looks in /usr/lib/jvm, the tests' Java is "
                + TEST_JAVA_HOME);
        Path oldJava = oldJava(dir);
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", oldJava.getParent() + ":/usr/bin:/bin");
        environment.put("JAVA_HOME", null);
        environment.put("FICHES_CACHE", "off");
        CliProcess.Result result = CliProcess.exec(dir, environment, List.of("sh", SCRIPT.toString(), "--version"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("fiches-metiers 0.1.0");

        // JAVA_HOME naming the old one is passed over too, and the script can say what it found.
        environment.put("JAVA_HOME", oldJava.getParent().getParent().toString());
        result = CliProcess.exec(dir, environment, List.of("sh", SCRIPT.toString(), "--version"));
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void theScriptPassesTheToolsExitCodeThroughAndFindsAJarBesideIt(@TempDir Path dir) throws Exception {
        // An installed copy: the script and the jar side by side, away from the project.
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(SCRIPT, app.resolve("fiches-metiers"));
        Files.createSymbolicLink(app.resolve("fiches-metiers.jar"), CliProcess.JAR);
        Path work = Files.createDirectories(dir.resolve("work"));
        CliProcess.copyTree(Path.of("src/test/resources/fixtures/bad-rows"), work.resolve("input"));
        Path cache = dir.resolve("cache");
        Map<String, String> environment = Map.of("JAVA_HOME", TEST_JAVA_HOME.toString(), "FICHES_JAVA_OPTS",
                "-Xmx512m -XX:TieredStopAtLevel=1", "FICHES_CACHE_DIR", cache.toString());
        String script = app.resolve("fiches-metiers").toString();

        assertThat(CliProcess.exec(work, environment, List.of("sh", script, "--version")).exitCode()).isZero();
        CliProcess.Result usage = CliProcess.exec(work, environment, List.of("sh", script, "nonsense"));
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("commande inconnue : « nonsense »");
        CliProcess.Result rejects = CliProcess.exec(work, environment, List.of("sh", script, "import",
                "--max-rejects", "100%", "--force"));
        assertThat(rejects.exitCode()).as(rejects.out() + rejects.err()).isEqualTo(3);
        assertThat(rejects.out()).contains("Catalogue publié : version 1");

        // That import did work: it left the start-up cache of this build and this Java, which the next run uses.
        List<Path> builds = folders(cache);
        assertThat(builds).hasSize(1);
        assertThat(builds.getFirst().resolve("app/fiches-metiers.jar")).isRegularFile();
        if (Runtime.version().feature() >= 25) {
            assertThat(builds.getFirst().resolve("fiches-metiers.aot")).isRegularFile();
        }
        assertThat(builds.getFirst().resolve("recording")).doesNotExist();
        CliProcess.Result list = CliProcess.exec(work, environment, List.of("sh", script, "list"));
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).doesNotContain("AOT");
        assertThat(list.err()).isEmpty();

        // A new build of the tool gets a folder of its own; the old one goes.
        Files.delete(app.resolve("fiches-metiers.jar"));
        Files.copy(CliProcess.JAR, app.resolve("fiches-metiers.jar"));
        assertThat(CliProcess.exec(work, environment, List.of("sh", script, "--version")).exitCode()).isZero();
        assertThat(folders(cache)).hasSize(1).doesNotContain(builds.getFirst());
    }

    private static List<Path> folders(Path dir) throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    /** A {@code java} that says it is Java 17, as the machine's default often is. */
    private static Path oldJava(Path dir) throws Exception {
        if (Files.isExecutable(JAVA_17.resolve("bin/java"))) {
            return JAVA_17.resolve("bin/java");
        }
        Path java = Files.createDirectories(dir.resolve("old-java/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }
}
