package fr.fichesmetiers.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode, table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF), fed a buffer at a time, a sequence may straddle two buffers. Only checks: decoding the whole file
 * into characters to see whether it is UTF-8 took longer than parsing it.
 */
final class Utf8Check {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Continuation bytes still expected in the current sequence. */
    private int needed;
    /** The range the next continuation byte must fall in (narrower after E0, ED, F0 and F4). */
    private int lowest = 0x80;
    private int highest = 0xBF;
    /** Multi-byte characters read whole, and bytes that fit no UTF-8 sequence (checking goes on after one). */
    private long sequences;
    private long malformed;

    void update(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (needed == 0) {
                // Most of a French text is ASCII: eight bytes at a time while it lasts.
                while (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                if (i == end) {
                    return;
                }
                int b = bytes[i++] & 0xFF;
                if (b >= 0x80) {
                    lead(b);
                }
            }
            else {
                int b = bytes[i] & 0xFF;
                if (b < lowest || b > highest) {
                    // The sequence broke off: this byte may start the next character.
                    malformed++;
                    expect(0, 0x80, 0xBF);
                }
                else {
                    i++;
                    needed--;
                    lowest = 0x80;
                    highest = 0xBF;
                    sequences += needed == 0 ? 1 : 0;
                }
            }
        }
    }

    private void lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        }
        else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);
        }
        else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
            expect(2, 0x80, 0xBF);
        }
        else if (b == 0xED) {
            expect(2, 0x80, 0x9F);
        }
        else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);
        }
        else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        }
        else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);
        }
        else {
            malformed++;
        }
    }

    private void expect(int count, int low, int high) {
        needed = count;
        lowest = low;
        highest = high;
    }

    /** Whether everything fed so far is UTF-8, allowing the last sequence to be cut short (a truncated file). */
    boolean validUpToTheEnd() {
        return malformed == 0;
    }

    /**
     * Whether the bytes are UTF-8 with a few stray bytes in it (a row pasted from a Windows-1252 file): more whole
     * UTF-8 characters than bytes that fit none. Such a file is read as UTF-8, the stray bytes as U+FFFD, which
     * rejects their rows ("the file mixes encodings") instead of misreading every other accent of the file.
     */
    boolean mostlyUtf8() {
        return sequences > malformed;
    }

    /** Whether everything fed so far is UTF-8, the last sequence complete. */
    boolean valid() {
        return malformed == 0 && needed == 0;
    }
}
