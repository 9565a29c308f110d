package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class FileKindTests {

    private static final String CSV = "identifiant;intitule;guide\nanalyste-soc;Analyste SOC;Cybersécurité\n";

    private static FileKind kindOf(byte[] bytes) {
        return FileKind.of(bytes, bytes.length);
    }

    static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void readsCsvTextInUtf8AndWindows1252AsText() {
        assertThat(kindOf(CSV.getBytes(StandardCharsets.UTF_8))).isEqualTo(FileKind.TEXT);
        assertThat(kindOf(CSV.getBytes(CsvFormatDetector.WINDOWS_1252))).isEqualTo(FileKind.TEXT);
        assertThat(kindOf(new byte[0])).isEqualTo(FileKind.TEXT);
    }

    @Test
    void recognisesUtf16WithoutAByteOrderMarkByItsNulBytes() {
        assertThat(kindOf(CSV.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(FileKind.UTF16LE_TEXT);
        assertThat(kindOf(CSV.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(FileKind.UTF16BE_TEXT);
        assertThat(FileKind.UTF16LE_TEXT.text()).isTrue();
        assertThat(FileKind.UTF16BE_TEXT.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void tellsAWorkbookFromAnOpenDocumentAndAPlainZip() throws Exception {
        assertThat(kindOf(zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(FileKind.XLSX);
        assertThat(kindOf(zip("xlsx-notes/readme.txt"))).isEqualTo(FileKind.ZIP);
        assertThat(kindOf(zip("mimetype", "content.xml"))).isEqualTo(FileKind.ZIP);
        byte[] ods = zip("mimetype");
        byte[] named = new String(ods, StandardCharsets.ISO_8859_1)
                .replace("mimetype", "mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(kindOf(named)).isEqualTo(FileKind.ODS);
    }

    @Test
    void findsTheWorkbookEntriesAtTheEndOfAZipWhoseFirstEntryIsLarge(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("docProps/thumbnail.jpeg"));
            byte[] noise = new byte[50_000];
            new java.util.Random(1).nextBytes(noise);
            zip.write(noise);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("fiches.csv"), out.toByteArray());
        assertThat(kindOf(java.util.Arrays.copyOf(out.toByteArray(), 8192))).isEqualTo(FileKind.ZIP);
        assertThat(FileKind.of(file)).isEqualTo(FileKind.XLSX);
    }

    @Test
    void recognisesCompressedFilesDocumentsAndImagesByTheirMagicBytes() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(kindOf(gz.toByteArray())).isEqualTo(FileKind.GZIP);
        assertThat(kindOf("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileKind.PDF);
        assertThat(kindOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0})).isEqualTo(FileKind.XLS);
        assertThat(kindOf(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})).isEqualTo(FileKind.ARCHIVE);
        assertThat(kindOf("BZh91AY&SY".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileKind.ARCHIVE);
        assertThat(kindOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'})).isEqualTo(FileKind.IMAGE);
        assertThat(kindOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(FileKind.IMAGE);
    }

    @Test
    void recognisesAWebPageAndAnXmlDocumentEvenAfterAByteOrderMark() {
        assertThat(kindOf("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileKind.HTML);
        assertThat(kindOf("<HTML><body>".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileKind.HTML);
        assertThat(kindOf("<?xml version=\"1.0\"?><metiers/>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileKind.XML);
    }

    @Test
    void callsNulBytesAndControlCharactersBinary() {
        byte[] nul = (CSV + "\0").getBytes(StandardCharsets.UTF_8);
        assertThat(kindOf(nul)).isEqualTo(FileKind.BINARY);
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 0x01);
        assertThat(kindOf(controls)).isEqualTo(FileKind.BINARY);
        assertThat(FileKind.BINARY.messageKey()).isEqualTo("file.kind.binary");
        assertThat(FileKind.BINARY.text()).isFalse();
    }

    @Test
    void excerptsShowNoControlOrInvisibleCharacterAndStopAtTheirLength() {
        assertThat(FormulaSafe.excerpt("root:x\n\u001B[31m\u202Eabc\u200B", 40))
                .isEqualTo("root:x\uFFFD\uFFFD[31m\uFFFDabc\uFFFD");
        assertThat(FormulaSafe.excerpt("abcdef", 3)).isEqualTo("abc…");
        assertThat(FormulaSafe.excerpt("a😀b", 2)).isEqualTo("a😀…");
    }
}
