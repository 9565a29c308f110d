package fr.fichesmetiers.support;

import java.nio.charset.Charset;

/**
 * How a CSV file is physically written, as found (or forced) before parsing.
 *
 * @param charset the encoding used to decode it
 * @param bomLength the length of its byte order mark, skipped before parsing (0 when it has none)
 * @param sepLine whether its first line is Excel's {@code sep=;}, naming the delimiter (skipped too)
 * @param delimiter the field separator
 * @param checksum SHA-256 of the file's bytes, hexadecimal
 * @param size the file's size in bytes
 */
public record DetectedCsvFormat(Charset charset, int bomLength, boolean sepLine, char delimiter, String checksum,
        long size) {

    public boolean bom() {
        return bomLength > 0;
    }

    /** The delimiter as a person reads it: {@code ;}, {@code ,} or {@code tab}. */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
