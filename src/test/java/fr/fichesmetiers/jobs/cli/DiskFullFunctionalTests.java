package fr.fichesmetiers.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.jobs.CliProcess;

/**
 * Full disks on a real small file system (skipped where it cannot be mounted; SystemFailureTests injects the same
 * failures everywhere): one line naming the disk, exit 1, nothing of the logging library on the console.
 */
class DiskFullFunctionalTests {

    @Test
    void aDataDirectoryThatFillsDuringAnImportSaysDiskFull(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        CliProcess.generate(300, 7, dir.resolve("input"));
        try (SmallFileSystem disk = SmallFileSystem.of(data, "1500k")) {
            // The data directory's own H2 file fills, on either pass.
            CliProcess.Result result = CliProcess.run(dir, CliProcess.H2_DATA_DIRECTORY, "import");
            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
            StartupFailureFunctionalTests.assertOneLine(result, "disque plein : " + data.toAbsolutePath());

            // Already full at start: even a command that only reads says so.
            disk.fill();
            CliProcess.Result list = CliProcess.run(dir, CliProcess.H2_DATA_DIRECTORY, "list");
            assertThat(list.exitCode()).as(list.err()).isEqualTo(1);
            StartupFailureFunctionalTests.assertOneLine(list, "disque plein : " + data.toAbsolutePath());
            assertThat(list.err()).contains("(espace libre : 0 octet(s))");
        }
    }

    @Test
    void aFullOutputDiskNamesItsFolderAndCountsTheBrochuresFailed(@TempDir Path dir) throws Exception {
        // 120 brochures of some 60 kB each: seven times the disk.
        CliProcess.generate(120, 11, dir.resolve("input"));
        assertThat(CliProcess.run(dir, "import").exitCode()).isZero();
        Path output = Files.createDirectories(dir.resolve("output"));
        Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(dir.resolve("jobs/print.yml"), "name: print\nsteps:\n  - brochures: {lang: fr}\n");
        try (SmallFileSystem disk = SmallFileSystem.of(output, "1m")) {
            CliProcess.Result result = CliProcess.run(dir, "run", "print");
            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
            assertThat(result.out()).containsPattern("Rejetées .* En échec")
                    .containsPattern("1-brochures\\s+FAILED\\s+0\\s+\\d+\\s+0\\s+\\d+\\s+0\\s+\\S+ s\\s+[1-9]\\d*");
            CliProcess.Result alone = CliProcess.run(dir, "brochures");
            assertThat(alone.out()).contains("échec : ").contains(" : disque plein : " + output.toAbsolutePath())
                    .doesNotContain("IOException");
            assertThat(alone.err()).doesNotContain("\tat ");
        }
    }
}
