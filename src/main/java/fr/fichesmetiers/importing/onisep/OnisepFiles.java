package fr.fichesmetiers.importing.onisep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** ONISEP's file as downloaded: the XML itself, or a zip holding it. */
public final class OnisepFiles {

    private static final int SNIFFED = 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private OnisepFiles() {
    }

    /** Whether the first bytes of a text are XML whose root is ONISEP's {@code <metiers>}. */
    public static boolean isOnisepXml(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("<metiers")) {
            return true;
        }
        // After the declaration (and any comment), the first element names the format.
        return text.startsWith("<?xml") && text.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "").stripLeading()
                .startsWith("<metiers");
    }

    /** The entry of a zip holding ONISEP's XML, if it has one. */
    public static Optional<String> entry(ZipFile zip) throws IOException {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (isOnisepXml(in.readNBytes(SNIFFED))) {
                        return Optional.of(entry.getName());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The XML's bytes, from the file itself or from the zip's entry that holds it. */
    static InputStream open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ZIP.length);
        }
        if (!java.util.Arrays.equals(head, ZIP)) {
            return Files.newInputStream(file);
        }
        ZipFile zip = new ZipFile(file.toFile());
        Optional<String> entry = entry(zip);
        if (entry.isEmpty()) {
            zip.close();
            throw new IOException("no ONISEP XML in " + file.getFileName());
        }
        InputStream in = zip.getInputStream(zip.getEntry(entry.get()));
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                }
                finally {
                    zip.close();
                }
            }
        };
    }

    /** The name the edition's date is read from: the XML entry's inside a zip, else the file's. */
    static String editionName(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return name;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return entry(zip).map(e -> e.contains("/") ? e.substring(e.lastIndexOf('/') + 1) : e).orElse(name);
        }
    }
}
