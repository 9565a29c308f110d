package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFilesTests {

    @TempDir
    Path folder;

    @Test
    void removesWhatAKilledRunLeftBehind() throws Exception {
        Path left = leftover(folder.resolve("guide"), ".analyste.pdf.999999-1f.part");
        Path kept = Files.writeString(folder.resolve("guide/analyste.pdf"), "%PDF");
        assertThat(AtomicFiles.removeLeftovers(folder)).isEqualTo(1);
        assertThat(left).doesNotExist();
        assertThat(kept).exists();
    }

    @Test
    void keepsAFileThisProcessIsWriting() throws Exception {
        Path own = leftover(folder, ".numerique.pdf." + TemporaryFiles.ownerTag() + "-2a.part");
        assertThat(AtomicFiles.removeLeftovers(folder)).isZero();
        assertThat(own).exists();
    }

    @Test
    void keepsAFileJustCreatedWhoseWriterHasNotLockedItYet() throws Exception {
        Path young = Files.writeString(folder.resolve(".sante.pdf.999999-3b.part"), "%PDF");
        assertThat(AtomicFiles.removeLeftovers(folder)).isZero();
        assertThat(young).exists();
    }

    @Test
    void keepsAFileAnotherProcessIsWriting() throws Exception {
        // A second shard on the same output folder: its booklet is still being assembled.
        Path busy = leftover(folder, ".numerique.pdf.999999-4c.part");
        Path holder = Files.writeString(folder.resolve("Holder.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                class Holder {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                            channel.lock();
                            System.out.println("locked");
                            System.in.read();
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, holder.toString(), busy.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");
            assertThat(AtomicFiles.removeLeftovers(folder)).isZero();
            assertThat(busy).exists();
        }
        finally {
            writer.getOutputStream().close();
            writer.waitFor(30, TimeUnit.SECONDS);
            writer.destroyForcibly();
        }
        // Once that process has ended, the file is a left-over like any other.
        assertThat(AtomicFiles.removeLeftovers(folder)).isEqualTo(1);
        assertThat(busy).doesNotExist();
    }

    @Test
    void aWrittenFileLeavesNoTemporaryFileBehindForOthersToFind() throws Exception {
        AtomicFiles.write(folder.resolve("livret.pdf"), "%PDF".getBytes());
        assertThat(AtomicFiles.removeLeftovers(folder)).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("livret.pdf"));
        }
    }

    /** A temporary file last written a minute ago, by a process that is not this one. */
    private static Path leftover(Path folder, String name) throws Exception {
        Files.createDirectories(folder);
        Path file = Files.writeString(folder.resolve(name), "%PDF-1.7 half");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }
}
