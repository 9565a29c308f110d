package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {

    @TempDir
    Path folder;

    @Test
    void returnsTheChecksumOfWhatItWrote() throws Exception {
        Path file = folder.resolve("a/b.txt");
        String sha256 = AtomicFiles.write(file, "bonjour".getBytes());
        assertThat(Files.readString(file)).isEqualTo("bonjour");
        assertThat(sha256).isEqualTo(Checksums.sha256(Files.readAllBytes(file)));
    }

    @Test
    void givesTheFileTheSamePermissionsAsAnOrdinaryNewFile() throws Exception {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return;
        }
        Path ordinary = Files.createFile(folder.resolve("ordinary.pdf"));
        Path written = folder.resolve("brochure.pdf");
        AtomicFiles.write(written, new byte[] {1, 2, 3});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)));
    }

    @Test
    void writesEverythingEvenWhenTheWriterClosesTheStreamItself() throws Exception {
        // OpenPDF closes the stream it was given when the document ends: the file must still be synced and renamed.
        Path file = folder.resolve("closed.pdf");
        byte[] bytes = new byte[200_000];
        java.util.Arrays.fill(bytes, (byte) 7);
        String sha256 = AtomicFiles.write(file, out -> {
            out.write(bytes);
            out.close();
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(sha256).isEqualTo(Checksums.sha256(bytes));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void replacesAnEarlierVersionOfTheFile() throws Exception {
        Path file = folder.resolve("brochure.pdf");
        AtomicFiles.write(file, "première".getBytes());
        AtomicFiles.write(file, "seconde".getBytes());
        assertThat(Files.readString(file)).isEqualTo("seconde");
    }

    @Test
    void leavesNeitherTheTargetNorATemporaryFileWhenTheWriterFails() throws Exception {
        Path file = folder.resolve("broken.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
