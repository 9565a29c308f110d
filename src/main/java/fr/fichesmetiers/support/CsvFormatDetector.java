package fr.fichesmetiers.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Finds the encoding, BOM and delimiter of a CSV file in one streaming pass that also computes its checksum.
 *
 * <p>Strict UTF-8 is tried first because a Windows-1252 file almost never decodes as valid UTF-8 once it
 * holds an accent, while the reverse always "succeeds" and turns {@code é} into {@code Ã©}.
 */
public final class CsvFormatDetector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] CANDIDATE_DELIMITERS = {';', ',', '\t'};
    private static final int BUFFER = 64 * 1024;

    private CsvFormatDetector() {
    }

    /**
     * @param forcedCharset the encoding the user asked for, or {@code null} to detect
     * @param forcedDelimiter the delimiter the user asked for, or {@code null} to detect
     */
    public static DetectedCsvFormat detect(Path file, Charset forcedCharset, Character forcedDelimiter)
            throws IOException {
        MessageDigest sha256 = Checksums.digest();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        boolean bom = false;
        byte[] firstLine = null;
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
            CharBuffer sink = CharBuffer.allocate(BUFFER + 8);
            int read;
            boolean first = true;
            while ((read = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, read);
                size += read;
                int offset = 0;
                if (first) {
                    first = false;
                    bom = read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                            && (buffer[2] & 0xFF) == 0xBF;
                    offset = bom ? 3 : 0;
                    firstLine = headerBytes(buffer, offset, read);
                }
                if (validUtf8) {
                    pending.put(buffer, offset, read - offset).flip();
                    sink.clear();
                    CoderResult result = utf8.decode(pending, sink, false);
                    validUtf8 = !result.isError();
                    pending.compact();
                }
            }
            if (validUtf8) {
                pending.flip();
                sink.clear();
                validUtf8 = !utf8.decode(pending, sink, true).isError() && !utf8.flush(sink).isError();
            }
        }
        Charset charset = forcedCharset != null ? forcedCharset
                : (bom || validUtf8) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String header = firstLine == null ? "" : decodeLenient(firstLine, charset);
        char delimiter = forcedDelimiter != null ? forcedDelimiter : delimiterOf(header);
        return new DetectedCsvFormat(charset, bom, delimiter, HexFormat.of().formatHex(sha256.digest()), size);
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

    private static byte[] headerBytes(byte[] buffer, int from, int to) {
        int end = from;
        while (end < to && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        byte[] line = new byte[end - from];
        System.arraycopy(buffer, from, line, 0, line.length);
        return line;
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
