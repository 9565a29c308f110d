package fr.fichesmetiers.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.jobs.CliProcess;

/**
 * A start that fails for a reason outside the tool says which, in one line, with its own exit code, instead of
 * "configuration invalide": a damaged, unreachable or otherwise held database, a log that cannot be written.
 * Exit 2 stays for a real configuration error.
 */
class StartupFailureFunctionalTests {

    @Test
    void aDamagedDatabaseFileExitsEight(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        byte[] garbage = new byte[20_000];
        new Random(18).nextBytes(garbage);
        Files.write(dir.resolve("data/fiches-metiers.mv.db"), garbage);
        CliProcess.Result result = CliProcess.run(dir, CliProcess.H2_DATA_DIRECTORY, "list");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(8);
        assertOneLine(result, "Base de données endommagée : jdbc:h2:file:./data/fiches-metiers (");
    }

    @Test
    void anUnreachableDatabaseExitsSeven(@TempDir Path dir) throws Exception {
        CliProcess.Result result = CliProcess.exec(dir, Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:tcp://127.0.0.1:1/x"),
                CliProcess.command("list"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(7);
        assertOneLine(result, "Base de données injoignable : jdbc:h2:tcp://127.0.0.1:1/x (Connection refused)");
    }

    @Test
    void aDatabaseOpenInAnotherProgramExitsSix(@TempDir Path dir) throws Exception {
        assertThat(CliProcess.run(dir, CliProcess.H2_DATA_DIRECTORY, "history").exitCode()).isZero();
        // Opened here as another program would (an H2 console, a backup tool): without the tool's AUTO_SERVER.
        String url = "jdbc:h2:file:" + dir.resolve("data/fiches-metiers").toAbsolutePath();
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            CliProcess.Result result = CliProcess.run(dir, CliProcess.H2_DATA_DIRECTORY, "import");
            assertThat(result.exitCode()).as(result.err()).isEqualTo(6);
            assertOneLine(result, "La base de données jdbc:h2:file:./data/fiches-metiers est ouverte par un autre "
                    + "programme (pas une exécution de Fiches Métiers)");
        }
    }

    @Test
    void aWrongSettingIsStillAConfigurationError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("application.yml"), "fiches:\n  import:\n    chunk-size: beaucoup\n");
        CliProcess.Result result = CliProcess.run(dir, "list");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertOneLine(result, "Configuration invalide : ");
    }

    @Test
    void aLogThatCannotBeWrittenIsSaidInOneLineWithoutTheLoggingLibrarysTraces(@TempDir Path dir) throws Exception {
        // A folder where the log file should be: the logging library would print its own stack traces.
        Files.createDirectories(dir.resolve("data/logs/fiches-metiers.log"));
        CliProcess.Result result = CliProcess.run(dir, "list", "--lang", "en");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertOneLine(result, "cannot write the log: ./data/logs/fiches-metiers.log (");
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenExitsNine(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (SmallFileSystem readOnly = SmallFileSystem.readOnly(data)) {
            CliProcess.Result result = CliProcess.run(dir, CliProcess.H2_DATA_DIRECTORY, "import");
            assertThat(result.exitCode()).as(result.err()).isEqualTo(9);
            assertOneLine(result, "accès refusé : ");
        }
    }

    /** One line on the error output, starting so; no stack trace, no status line of the logging library. */
    static void assertOneLine(CliProcess.Result result, String start) {
        assertThat(result.err().lines().toList()).as(result.err()).hasSize(1).first().asString().startsWith(start);
        assertThat(result.err() + result.out()).doesNotContain("\tat ").doesNotContain("|-ERROR")
                .doesNotContain("Exception");
    }
}
