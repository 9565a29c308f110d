package fr.fichesmetiers.support;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file handed to the import really is, from its first bytes: text (a CSV, perhaps in UTF-16 without a byte
 * order mark), or a workbook, an archive, a PDF, an image, a web page or other binary data renamed {@code .csv}.
 * One place, so that a caller can route a workbook to the Excel import instead of refusing it.
 */
public enum FileKind {

    TEXT, UTF16LE_TEXT, UTF16BE_TEXT, XLSX, ODS, XLS, ZIP, GZIP, ARCHIVE, PDF, IMAGE, HTML, XML, BINARY;

    /** Enough of a file to tell: zip entry names of an Office file come in its first few hundred bytes. */
    static final int SAMPLE = 8192;
    /** The end of a zip read for its entry names (its central directory). */
    private static final int ZIP_DIRECTORY = 256 * 1024;

    /** Whether the file can be read as CSV text ({@link #charset()} says in which encoding when it is UTF-16). */
    public boolean text() {
        return this == TEXT || this == UTF16LE_TEXT || this == UTF16BE_TEXT;
    }

    /** The encoding this kind implies, or {@code null} when the bytes do not say. */
    public Charset charset() {
        return switch (this) {
            case UTF16LE_TEXT -> StandardCharsets.UTF_16LE;
            case UTF16BE_TEXT -> StandardCharsets.UTF_16BE;
            default -> null;
        };
    }

    /** The message key saying what the file is ({@code file.kind.xlsx}). */
    public String messageKey() {
        return "file.kind." + name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the first bytes of a file, not following a symbolic link; for a zip, its end too, where the names of
     * all its entries are (a workbook's {@code xl/} entries may come after a large first one).
     */
    public static FileKind of(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] start = Channels.newInputStream(channel).readNBytes(SAMPLE);
            FileKind kind = of(start, start.length);
            if (kind != ZIP || channel.size() <= SAMPLE) {
                return kind;
            }
            long tail = Math.min(channel.size() - SAMPLE, ZIP_DIRECTORY);
            channel.position(channel.size() - tail);
            byte[] end = Channels.newInputStream(channel).readNBytes((int) tail);
            return entries(new String(end, StandardCharsets.ISO_8859_1), ZIP);
        }
    }

    /** What the first {@code length} bytes of a file say it is. */
    public static FileKind of(byte[] bytes, int length) {
        if (startsWith(bytes, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, length, 0x50, 0x4B, 0x05, 0x06)) {
            return entries(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), ZIP);
        }
        if (startsWith(bytes, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return XLS;
        }
        if (startsWith(bytes, length, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (startsWith(bytes, length, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (archive(bytes, length)) {
            return ARCHIVE;
        }
        if (startsWith(bytes, length, 0x89, 'P', 'N', 'G') || startsWith(bytes, length, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, length, 'G', 'I', 'F', '8')) {
            return IMAGE;
        }
        FileKind utf16 = utf16(bytes, length);
        if (utf16 != null) {
            return utf16;
        }
        if (binary(bytes, length)) {
            return BINARY;
        }
        String head = new String(bytes, 0, Math.min(length, 256), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return HTML;
        }
        return head.startsWith("<?xml") ? XML : TEXT;
    }

    /** What the entry names of a zip make of it: a workbook has {@code xl/} entries, an OpenDocument its type. */
    private static FileKind entries(String names, FileKind otherwise) {
        return names.contains("xl/workbook") || names.contains("xl/_rels") ? XLSX
                : names.contains("opendocument.spreadsheet") ? ODS : otherwise;
    }

    private static boolean archive(byte[] bytes, int length) {
        return startsWith(bytes, length, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || startsWith(bytes, length, 'R', 'a', 'r', '!', 0x1A, 0x07)
                || startsWith(bytes, length, 'B', 'Z', 'h') && length > 3 && bytes[3] >= '1' && bytes[3] <= '9'
                || startsWith(bytes, length, 0xFD, '7', 'z', 'X', 'Z', 0x00)
                || startsWith(bytes, length, 0x28, 0xB5, 0x2F, 0xFD);
    }

    /**
     * UTF-16 without a byte order mark: the text of a CSV is mostly Latin letters, each one byte and a NUL, so
     * nearly every second byte is NUL, always on the same side.
     */
    private static FileKind utf16(byte[] bytes, int length) {
        int pairs = length / 2;
        if (pairs < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs) {
            return UTF16LE_TEXT;
        }
        if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs) {
            return UTF16BE_TEXT;
        }
        return null;
    }

    /** A NUL byte, or many control characters that no text has (tab, line breaks and form feed aside). */
    private static boolean binary(byte[] bytes, int length) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 20 > length;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
