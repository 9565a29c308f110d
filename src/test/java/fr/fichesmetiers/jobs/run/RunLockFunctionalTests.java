package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.jobs.CliProcess;

/**
 * The run lock lives where the data lives: two working folders whose configuration names one data directory
 * share one lock, whichever way each names it ({@code application.yml} beside it, or in {@code config/}).
 */
class RunLockFunctionalTests {

    @Test
    void aSecondLaunchFromAnotherFolderOnTheSameDataDirectoryExitsFour(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs kill -STOP to hold the first run still");
        Path data = dir.resolve("shared-data");
        String setting = "fiches:\n  data-dir: '" + CliProcess.path(data.toAbsolutePath()) + "'\n";
        Path first = NightlyRunFunctionalTests.workspace(Files.createDirectories(dir.resolve("office-a")),
                Path.of("input"));
        Files.writeString(first.resolve("application.yml"), setting);
        Path second = Files.createDirectories(dir.resolve("office-b/config"));
        Files.writeString(second.resolve("application.yml"), setting);
        second = second.getParent();
        CliProcess.copyTree(Path.of("input"), second.resolve("input"));

        // The file lock of H2 data directories, on either pass (PostgreSQL's: SharedCatalogFunctionalTests).
        Process run = CliProcess.launch(first, CliProcess.H2_DATA_DIRECTORY, "run", "nightly").process();
        try {
            // From the moment it says it holds the lock, the first run is held still: it cannot end and let go.
            CliProcess.awaitLog(run, CliProcess.log(data),
                    Pattern.compile("event=lock\\.acquired .*holder=\"run nightly\""), 1);
            signal("STOP", run);
            CliProcess.Result refused = CliProcess.run(second, CliProcess.H2_DATA_DIRECTORY, "import");
            assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
            assertThat(refused.err()).contains("Une autre exécution est en cours").contains("run nightly");
        }
        finally {
            signal("CONT", run);
            CliProcess.kill(run);
        }
        assertThat(data.resolve("run.lock")).exists();
        assertThat(first.resolve("data")).doesNotExist();
        assertThat(second.resolve("data")).doesNotExist();
    }

    private static void signal(String name, Process process) throws Exception {
        new ProcessBuilder("/bin/kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
    }
}
