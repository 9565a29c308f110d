package fr.fichesmetiers.importing.hostile;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The input folder of one hostile case, written at run time: the baseline profiles with the case's rows, or bytes
 * that are no CSV at all, or something that is not a regular file where one is expected.
 */
final class HostileFolder implements AutoCloseable {

    private final Path folder;
    private final Baseline baseline;
    private final List<Runnable> cleanups = new ArrayList<>();

    HostileFolder(Path folder, Baseline baseline) {
        this.folder = folder;
        this.baseline = baseline;
    }

    Path path() {
        return folder;
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    /** fiches.csv: the given rows first (the first one on line 2), then the baseline's, and the baseline FAQ. */
    HostileFolder fiches(List<List<String>> rows) {
        return fiches(baseline.header(), rows);
    }

    HostileFolder fiches(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        all.addAll(baseline.rows());
        return text("fiches.csv", Csv.write(all)).faq(List.of());
    }

    /** faq.csv: the given rows first, then the baseline's. */
    HostileFolder faq(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(baseline.faqHeader());
        all.addAll(rows);
        all.addAll(baseline.faqRows());
        return text("faq.csv", Csv.write(all));
    }

    /** The baseline as it is, fiches.csv and faq.csv. */
    HostileFolder plain() {
        return fiches(List.of());
    }

    HostileFolder text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    HostileFolder text(String name, String content, Charset charset) {
        return bytes(name, content.getBytes(charset));
    }

    HostileFolder bytes(String name, byte[] content) {
        try {
            Files.write(folder.resolve(name), content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The baseline's fiches.csv as UTF-8 bytes, to cut, wrap or re-encode. */
    String baselineText() {
        List<List<String>> all = new ArrayList<>();
        all.add(baseline.header());
        all.addAll(baseline.rows());
        return Csv.write(all);
    }

    static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    HostileFolder directory(String name) throws IOException {
        Files.createDirectories(folder.resolve(name).resolve("inside"));
        return this;
    }

    HostileFolder link(String name, Path target) throws IOException {
        Files.createSymbolicLink(folder.resolve(name), target);
        return this;
    }

    HostileFolder fifo(String name) throws Exception {
        assumeTrue(run("mkfifo", folder.resolve(name).toString()), "mkfifo is not available");
        return this;
    }

    /** A character device (the same as /dev/null) inside the folder: root only. */
    HostileFolder device(String name) throws Exception {
        assumeTrue(run("mknod", folder.resolve(name).toString(), "c", "1", "3"), "mknod is not permitted here");
        return this;
    }

    /**
     * A regular file that the tests' user cannot read: by its permissions, or, for root (whom they do not stop),
     * by mounting over it a kernel file that even root may only write (reading it fails with EACCES).
     */
    HostileFolder unreadable(String name) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, baselineText());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            Path writeOnly = Path.of("/proc/sys/vm/compact_memory");
            assumeTrue(Files.exists(writeOnly) && run("mount", "--bind", writeOnly.toString(), file.toString()),
                    "root reads any file and mount is not permitted here");
            cleanups.add(() -> run("umount", "-l", file.toString()));
        }
        return this;
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        cleanups.forEach(Runnable::run);
    }
}
