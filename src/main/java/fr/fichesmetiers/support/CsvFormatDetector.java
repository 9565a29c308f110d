package fr.fichesmetiers.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the encoding, BOM and delimiter of a CSV file in one streaming pass that also computes its checksum. A
 * byte order mark names the encoding (UTF-8, or UTF-16 as Excel's "Unicode text" export writes it).
 *
 * <p>Strict UTF-8 is tried first because a Windows-1252 file almost never decodes as valid UTF-8 once it
 * holds an accent, while the reverse always "succeeds" and turns {@code é} into {@code Ã©}.
 */
public final class CsvFormatDetector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] CANDIDATE_DELIMITERS = {';', ',', '\t'};
    private static final int BUFFER = 64 * 1024;
    private static final Pattern SEP_LINE = Pattern.compile("(?i)\\s*sep=([;,\\t])\\s*");

    private CsvFormatDetector() {
    }

    /**
     * @param forcedCharset the encoding the user asked for, or {@code null} to detect
     * @param forcedDelimiter the delimiter the user asked for, or {@code null} to detect
     */
    public static DetectedCsvFormat detect(Path file, Charset forcedCharset, Character forcedDelimiter)
            throws IOException {
        MessageDigest sha256 = Checksums.digest();
        Utf8Check utf8 = new Utf8Check();
        Charset bomCharset = null;
        int bomLength = 0;
        byte[] start = new byte[0];
        FileKind kind = FileKind.TEXT;
        long size = 0;
        // Never through a symbolic link: the import checked the file it names (InputFiles), not a link put there since.
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.readNBytes(buffer, 0, BUFFER)) > 0) {
                sha256.update(buffer, 0, read);
                int offset = 0;
                if (size == 0) {
                    bomCharset = bomCharset(buffer, read);
                    bomLength = bomCharset == null ? 0 : bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
                    offset = bomLength;
                    start = Arrays.copyOfRange(buffer, offset, read);
                    kind = FileKind.of(buffer, read);
                }
                size += read;
                // Only a file that could be UTF-8 without saying so needs every byte checked.
                if (forcedCharset == null && bomCharset == null) {
                    utf8.update(buffer, offset, read - offset);
                }
            }
        }
        // UTF-16 text without a byte order mark holds NUL bytes, which UTF-8 allows: its pattern is looked at first.
        // A file cut in the middle of its last character is still UTF-8 (that character reads as U+FFFD), rather
        // than every accent of it misread as Windows-1252; so is a UTF-8 file with a few Windows-1252 bytes in it.
        Charset charset = forcedCharset != null ? forcedCharset
                : bomCharset != null ? bomCharset
                : kind.charset() != null ? kind.charset()
                : utf8.validUpToTheEnd() || utf8.mostlyUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        List<String> lines = decodeLenient(start, charset).lines().limit(2).toList();
        String first = lines.isEmpty() ? "" : lines.get(0);
        // Excel reads, and some exports write, a first line "sep=;" naming the delimiter.
        Matcher sep = SEP_LINE.matcher(first);
        boolean sepLine = sep.matches();
        char delimiter = forcedDelimiter != null ? forcedDelimiter
                : sepLine ? sep.group(1).charAt(0) : delimiterOf(first);
        return new DetectedCsvFormat(charset, bomLength, sepLine, delimiter, HexFormat.of().formatHex(sha256.digest()),
                size);
    }

    /** The encoding a byte order mark announces: UTF-8, or UTF-16 as Excel's "Unicode text" writes it. */
    private static Charset bomCharset(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The delimiter that occurs most often outside quotes on the header line; {@code ;} when none does. */
    static char delimiterOf(String headerLine) {
        int[] counts = new int[CANDIDATE_DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < CANDIDATE_DELIMITERS.length && !quoted; d++) {
                if (c == CANDIDATE_DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return CANDIDATE_DELIMITERS[best];
    }

    private static String decodeLenient(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException e) {
            return "";
        }
    }
}
