package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.support.Checksums;

class RunManifestWriterTests {

    private static final Map<String, Object> RUN = Map.of("run", 7);

    @Test
    void listsEveryFileWithItsSizeModificationTimeAndChecksum(@TempDir Path output) throws IOException {
        Path page = write(output.resolve("site/index.html"), "<p>bonjour</p>", "2026-12-01T02:30:00Z");

        String manifest = Files.readString(RunManifestWriter.write(output, RUN, Map.of()));

        assertThat(manifest).contains("\"path\" : \"site/index.html\"").contains("\"size\" : 14")
                .contains("\"modified\" : \"2026-12-01T02:30:00Z\"")
                .contains("\"sha256\" : \"" + Checksums.sha256(Files.readAllBytes(page)) + "\"");
    }

    @Test
    void aFileLeftAsItWasKeepsThePreviousChecksumWithoutBeingRead(@TempDir Path output) throws IOException {
        write(output.resolve("site/index.html"), "<p>bonjour</p>", "2026-12-01T02:30:00Z");
        String first = Files.readString(RunManifestWriter.write(output, RUN, Map.of()));
        // What the previous manifest says is what is kept: a checksum only it could have given proves the file
        // was not read again.
        String kept = "ab".repeat(32);
        Files.writeString(output.resolve("manifest.json"),
                first.replaceAll("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : \"" + kept + "\""));

        String second = Files.readString(RunManifestWriter.write(output, RUN, Map.of()));

        assertThat(second).contains("\"sha256\" : \"" + kept + "\"");
    }

    @Test
    void aFileRewrittenSinceIsReadAgainEvenAtTheSameSize(@TempDir Path output) throws IOException {
        write(output.resolve("site/index.html"), "<p>bonjour</p>", "2026-12-01T02:30:00Z");
        RunManifestWriter.write(output, RUN, Map.of());
        Path page = write(output.resolve("site/index.html"), "<p>bonsoir</p>", "2026-12-02T02:30:00Z");

        String manifest = Files.readString(RunManifestWriter.write(output, RUN, Map.of()));

        assertThat(manifest).contains("\"sha256\" : \"" + Checksums.sha256(Files.readAllBytes(page)) + "\"")
                .contains("\"modified\" : \"2026-12-02T02:30:00Z\"");
    }

    @Test
    void aDamagedPreviousManifestMakesEveryFileReadAgain(@TempDir Path output) throws IOException {
        Path page = write(output.resolve("site/index.html"), "<p>bonjour</p>", "2026-12-01T02:30:00Z");
        Files.writeString(output.resolve("manifest.json"), "{ \"files\" : [ { \"path\" : ");

        String manifest = Files.readString(RunManifestWriter.write(output, RUN, Map.of()));

        assertThat(manifest).contains("\"sha256\" : \"" + Checksums.sha256(Files.readAllBytes(page)) + "\"");
    }

    private static Path write(Path file, String text, String modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }
}
