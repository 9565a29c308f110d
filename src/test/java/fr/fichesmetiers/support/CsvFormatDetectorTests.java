package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatDetectorTests {

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("f.csv"), bytes);
    }

    @Test
    void detectsUtf8WithBomAndSemicolons() throws Exception {
        byte[] body = "identifiant;intitule\r\nx;Développeur\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DetectedCsvFormat format = CsvFormatDetector.detect(write(bytes), null, null);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.bom()).isTrue();
        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.checksum()).hasSize(64);
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        DetectedCsvFormat format = CsvFormatDetector.detect(
                write("id;titre\r\nx;Développeur – œuvre ’\r\n".getBytes(CsvFormatDetector.WINDOWS_1252)), null, null);
        assertThat(format.charset()).isEqualTo(CsvFormatDetector.WINDOWS_1252);
        assertThat(format.bom()).isFalse();
    }

    @Test
    void keepsUtf8WhenAnAccentStraddlesTwoReadBuffers() throws Exception {
        StringBuilder text = new StringBuilder("id,titre\n");
        while (text.length() < 200_000) {
            text.append("x,é\n");
        }
        DetectedCsvFormat format = CsvFormatDetector.detect(write(text.toString().getBytes(StandardCharsets.UTF_8)),
                null, null);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.delimiter()).isEqualTo(',');
    }

    @Test
    void findsTheDelimiterOnTheHeaderIgnoringQuotedOnes() {
        assertThat(CsvFormatDetector.delimiterOf("id\ttitle\t\"a;b;c;d\"")).isEqualTo('\t');
        assertThat(CsvFormatDetector.delimiterOf("id,title,\"x;y\"")).isEqualTo(',');
        assertThat(CsvFormatDetector.delimiterOf("identifiant")).isEqualTo(';');
    }

    @Test
    void honoursAForcedEncodingAndDelimiter() throws Exception {
        DetectedCsvFormat format = CsvFormatDetector.detect(write("a;b,c\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.ISO_8859_1, ',');
        assertThat(format.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(format.delimiter()).isEqualTo(',');
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkByItsNulBytes() throws Exception {
        String text = "identifiant;intitule\r\nx;Développeur\r\n";
        assertThat(CsvFormatDetector.detect(write(text.getBytes(StandardCharsets.UTF_16LE)), null, null).charset())
                .isEqualTo(StandardCharsets.UTF_16LE);
        DetectedCsvFormat be = CsvFormatDetector.detect(write(text.getBytes(StandardCharsets.UTF_16BE)), null, null);
        assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(be.delimiter()).isEqualTo(';');
        assertThat(be.bom()).isFalse();
    }

    @Test
    void keepsUtf8ForAFileCutInTheMiddleOfItsLastCharacter() throws Exception {
        byte[] text = "id;titre\r\nx;Développeur\r\ny;Caf\u00E9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        assertThat(CsvFormatDetector.detect(write(cut), null, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void keepsUtf8ForAUtf8FileWithAFewWindows1252Bytes() throws Exception {
        byte[] utf8 = "id;titre\r\nx;Développeur sécurité\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] stray = "y;Café\r\n".getBytes(CsvFormatDetector.WINDOWS_1252);
        byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + stray.length);
        System.arraycopy(stray, 0, mixed, utf8.length, stray.length);
        assertThat(CsvFormatDetector.detect(write(mixed), null, null).charset()).isEqualTo(StandardCharsets.UTF_8);
        // Mostly Windows-1252: read as such.
        byte[] cp1252 = "id;titre\r\nx;Développeur sécurité été\r\n".getBytes(CsvFormatDetector.WINDOWS_1252);
        assertThat(CsvFormatDetector.detect(write(cp1252), null, null).charset())
                .isEqualTo(CsvFormatDetector.WINDOWS_1252);
    }
}
