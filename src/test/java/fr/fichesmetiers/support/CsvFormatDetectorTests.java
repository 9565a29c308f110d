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
}
