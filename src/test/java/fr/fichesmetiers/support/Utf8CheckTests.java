package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8CheckTests {

    private static boolean jdkSaysUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean check(byte[] bytes, int split) {
        Utf8Check check = new Utf8Check();
        check.update(bytes, 0, split);
        check.update(bytes, split, bytes.length - split);
        return check.valid();
    }

    @Test
    void agreesWithTheJdkDecoderOnTextAndOnBrokenBytesWhereverABufferEnds() {
        Random random = new Random(11);
        String sample = "Résumé : « l’œuvre » coûte 2 000 € — 𝄞 ok. ";
        byte[] text = sample.repeat(5).getBytes(StandardCharsets.UTF_8);
        int agreeing = 0;
        for (int n = 0; n < 100_000; n++) {
            byte[] bytes = n % 2 == 0 ? text.clone() : new byte[1 + random.nextInt(24)];
            if (n % 2 == 0) {
                // A few bytes changed at random: most such texts are broken, some still UTF-8.
                for (int k = random.nextInt(3); k >= 0; k--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            else {
                random.nextBytes(bytes);
            }
            boolean expected = jdkSaysUtf8(bytes);
            assertThat(check(bytes, random.nextInt(bytes.length + 1))).as("%s", java.util.HexFormat.of()
                    .formatHex(bytes)).isEqualTo(expected);
            agreeing += expected ? 1 : 0;
        }
        assertThat(agreeing).isGreaterThan(1000);
        assertThat(check(text, 7)).isTrue();
    }

    @Test
    void refusesOverlongFormsSurrogatesAndTruncatedSequences() {
        assertThat(check(new byte[] {(byte) 0xC0, (byte) 0xAF}, 1)).isFalse();
        assertThat(check(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 2)).isFalse();
        assertThat(check(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0)).isFalse();
        assertThat(check(new byte[] {'a', (byte) 0xC3}, 2)).isFalse();
        assertThat(check("é".getBytes(StandardCharsets.UTF_8), 1)).isTrue();
        assertThat(check("é".getBytes(StandardCharsets.ISO_8859_1), 1)).isFalse();
    }
}
