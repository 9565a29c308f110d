package fr.fichesmetiers.support;

import java.nio.charset.Charset;

/**
 * How a CSV file is physically written, as found (or forced) before parsing.
 *
 * @param charset the encoding used to decode it
 * @param bom whether it starts with a UTF-8 byte order mark (skipped before parsing)
 * @param delimiter the field separator
 * @param checksum SHA-256 of the file's bytes, hexadecimal
 * @param size the file's size in bytes
 */
public record DetectedCsvFormat(Charset charset, boolean bom, char delimiter, String checksum, long size) {

    /** The delimiter as a person reads it: {@code ;}, {@code ,} or {@code tab}. */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
